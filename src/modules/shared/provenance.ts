/** Fields every node type shares: where its data comes from. */
import { Field, ObjectType } from "type-graphql";

@ObjectType()
export abstract class Provenance {
  @Field(() => Boolean, {
    nullable: true,
    description: "True for hypothetical data of the illustrative seed scenario",
  })
  illustrative?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "For public facts: V confirmed, R reported, ? uncertain",
  })
  fact?: string | null;
}
