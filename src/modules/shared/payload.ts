/** Mutation payloads: the changed object and the user errors (GitHub's schema style). */
import { Arg, ClassType, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { render } from "../../domain/messages/index.js";
import { USER_ERROR_ZH } from "../../domain/messages/zh.js";
import type { HubContext } from "../../server/context.js";
import {
  LANGUAGE_ARG,
  LanguageEnum,
  languageOf,
  MessageCodeEnum,
  MessageParam,
  paramsOf,
} from "./language.js";
import { validate } from "class-validator";
import type { UserErrorCode, UserErrorOut } from "../../editing/user-error.js";
import { UserErrorCodeEnum } from "./output-enums.js";

@ObjectType("UserError", { description: "Why a write was refused; the graph is unchanged" })
export class UserErrorType {
  @Field(() => UserErrorCodeEnum, { description: "Why, as a code (UserErrorCode)" })
  code!: UserErrorCode;

  @Field(() => String, { nullable: true, description: "The input field at fault" })
  field!: string | null;

  /** In English; the field message(language:), messageCode and messageParams: UserErrorResolver below. */
  message!: string;

  sentence?: UserErrorOut["sentence"];
}

@Resolver(() => UserErrorType)
export class UserErrorResolver {
  @FieldResolver(() => String, {
    description:
      "Why, in the language asked for (a message without a code of its own reads in Chinese as the code's meaning, then the English detail)",
  })
  message(
    @Root() error: UserErrorOut,
    @Ctx() ctx: HubContext,
    @Arg("language", () => LanguageEnum, LANGUAGE_ARG) language: LanguageEnum | null,
  ): string {
    if (languageOf(ctx, language) === "EN") return error.message;
    if (error.sentence) return render(error.sentence, "ZH");
    const lead = USER_ERROR_ZH[error.code];
    return lead ? `${lead}：${error.message}` : error.message;
  }

  @FieldResolver(() => MessageCodeEnum, {
    nullable: true,
    description: "What the message says, when it has a code of its own, for a front-end's own text",
  })
  messageCode(@Root() error: UserErrorOut): string | null {
    return error.sentence?.code ?? null;
  }

  @FieldResolver(() => [MessageParam], { description: "The message's parameters (none without messageCode)" })
  messageParams(@Root() error: UserErrorOut): MessageParam[] {
    return error.sentence ? paramsOf(error.sentence) : [];
  }
}

/** `<Name>Payload { <field>: <Type>, userErrors }` for a node type. */
export function Payload<T extends object>(nodeType: ClassType<T>, _name: string, field: string) {
  @ObjectType()
  abstract class PayloadType {
    @Field(() => nodeType, {
      nullable: true,
      name: field,
      description: "The object as written; null when refused",
    })
    node!: T | null;

    @Field(() => [UserErrorType])
    userErrors!: UserErrorType[];
  }
  return PayloadType;
}

/** class-validator on an input, its violations as user errors (the arguments are not auto-validated). */
export async function validationErrors(input: object, prefix = ""): Promise<UserErrorOut[]> {
  const errors = await validate(input, { forbidUnknownValues: false });
  return errors.map((e) => ({
    code: "VALIDATION",
    field: `${prefix}${e.property}`,
    message: Object.values(e.constraints ?? {}).join("; ") || `${e.property} is invalid`,
  }));
}
