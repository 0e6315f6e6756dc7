import { Field, ObjectType } from "type-graphql";
import { Actor } from "../shared/actor.js";
import { LocalDate, SafeInt } from "../shared/scalars.js";
import { JointLab } from "./joint-lab.type.js";

@ObjectType({ description: "A member of a joint lab's membership system (会员制)" })
export class Membership {
  @Field(() => Actor, { description: "An enterprise or investor" })
  member!: typeof Actor;

  @Field(() => JointLab)
  lab!: JointLab;

  @Field(() => LocalDate, { nullable: true })
  since?: string | null;

  @Field(() => SafeInt, { nullable: true })
  feeCny?: number | null;
}
