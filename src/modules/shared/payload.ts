/** Mutation payloads: the changed object and the user errors (GitHub's schema style). */
import { ClassType, Field, ObjectType } from "type-graphql";
import { validate } from "class-validator";
import type { UserErrorOut } from "../../editing/user-error.js";

@ObjectType("UserError", { description: "Why a write was refused; the graph is unchanged" })
export class UserErrorType {
  @Field(() => String, {
    description:
      "VALIDATION, NOT_FOUND (a key that names nothing, the link ends included), DUPLICATE_KEY, NOT_ALLOWED, ILLEGAL_TRANSITION, EVALUATION_REQUIRED, DUPLICATE_LAYOUT, OVERRIDE_FORBIDDEN, USE_LIFE_CYCLE (the message names the mutation to use), CLIENT_MUTATION_ID_REUSED",
  })
  code!: string;

  @Field(() => String, { nullable: true, description: "The input field at fault" })
  field!: string | null;

  @Field(() => String)
  message!: string;
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
