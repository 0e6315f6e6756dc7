/**
 * Languages of the sentences the hub writes (src/domain/messages): the `Language` enum, the optional
 * `language` argument every such field takes, and the message types front-ends compose their own text from.
 */
import {
  Arg,
  ClassType,
  Ctx,
  Field,
  FieldResolver,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from "type-graphql";
import { MESSAGE_CODES, render, type Language, type Message } from "../../domain/messages/index.js";
import type { HubContext } from "../../server/context.js";

export enum LanguageEnum {
  ZH = "ZH",
  EN = "EN",
}
registerEnumType(LanguageEnum, {
  name: "Language",
  description:
    "The language of a sentence. A field's `language` argument wins; without it, ZH when the request's Accept-Language starts with zh, else EN",
});

export const MessageCodeEnum = Object.fromEntries(Object.keys(MESSAGE_CODES).map((c) => [c, c])) as {
  [C in keyof typeof MESSAGE_CODES]: C;
};
registerEnumType(MessageCodeEnum, {
  name: "MessageCode",
  description:
    "What a sentence says, whatever its language; its parameters (reasonParams) are named in src/domain/messages/codes.ts",
});

@ObjectType({ description: "One named parameter of a sentence (numbers as decimal strings)" })
export class MessageParam {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

/** The language a field answers in: its argument, else the request's (context.ts, from Accept-Language). */
export function languageOf(ctx: HubContext, language: LanguageEnum | null | undefined): Language {
  return language ?? ctx.language;
}

export function paramsOf(message: Message): MessageParam[] {
  return Object.entries(message.params).map(([name, value]) => ({
    name,
    value: value === null ? null : String(value),
  }));
}

const LANGUAGE_ARG = {
  nullable: true,
  description: "Default: ZH when the request's Accept-Language starts with zh, else EN",
} as const;

/**
 * `reason(language:)`, `reasonCode` and `reasonParams` on a type whose values carry `reasonMessage`
 * (gaps, duplicate groups, layout alerts): one resolver class per type.
 */
export function reasonFields(target: ClassType, what: string) {
  @Resolver(() => target)
  class ReasonFields {
    @FieldResolver(() => String, { description: `${what} in one sentence, in the language asked for` })
    reason(
      @Root() root: { reasonMessage: Message },
      @Ctx() ctx: HubContext,
      @Arg("language", () => LanguageEnum, LANGUAGE_ARG) language: LanguageEnum | null,
    ): string {
      return render(root.reasonMessage, languageOf(ctx, language));
    }

    @FieldResolver(() => MessageCodeEnum, { description: "What the reason says, for a front-end's own text" })
    reasonCode(@Root() root: { reasonMessage: Message }): string {
      return root.reasonMessage.code;
    }

    @FieldResolver(() => [MessageParam], { description: "The reason's parameters, by name" })
    reasonParams(@Root() root: { reasonMessage: Message }): MessageParam[] {
      return paramsOf(root.reasonMessage);
    }
  }
  return ReasonFields;
}

export { LANGUAGE_ARG };
