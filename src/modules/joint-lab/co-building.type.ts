import { Field, ObjectType } from "type-graphql";
import { Actor } from "../shared/actor.js";
import { SafeInt } from "../shared/scalars.js";
import { JointLab } from "./joint-lab.type.js";

@ObjectType({ description: "A co-builder of a joint lab and its investment (R13)" })
export class CoBuilding {
  @Field(() => Actor, { description: "An enterprise, government or university" })
  builder!: typeof Actor;

  @Field(() => JointLab)
  lab!: JointLab;

  @Field(() => SafeInt, { nullable: true })
  investmentCny?: number | null;
}
