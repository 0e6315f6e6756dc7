import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A node that makes an answer true, and the part it plays" })
export class Evidence {
  @Field(() => String, {
    description:
      "e.g. LEADING_ENTERPRISE, PLATFORM, APPLICANT, FIRST_CLASS_UNIVERSITY, FIELD, LAB, CANDIDATE_LEAD",
  })
  role!: string;

  @Field(() => String, { description: "The node's label" })
  label!: string;

  @Field(() => String, { description: "The node's key (id or code)" })
  key!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A fact about the node that matters here (a status, a university, a field)",
  })
  detail?: string | null;
}
