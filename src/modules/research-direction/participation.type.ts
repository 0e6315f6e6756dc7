import { Field, ObjectType } from "type-graphql";
import { ParticipationRole } from "../../domain/enums.js";
import { Enterprise } from "../enterprise/enterprise.type.js";
import { ResearchDirection } from "./research-direction.type.js";

@ObjectType({
  description:
    "An enterprise taking part in a research direction; LEAD is the direction's leading enterprise (R10)",
})
export class Participation {
  @Field(() => Enterprise)
  enterprise!: Enterprise;

  @Field(() => ResearchDirection)
  direction!: ResearchDirection;

  @Field(() => ParticipationRole, { nullable: true })
  role?: ParticipationRole | null;
}
