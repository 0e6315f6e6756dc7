import { Field, ObjectType } from "type-graphql";
import { CommitteeRole } from "../../domain/enums.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Person } from "./person.type.js";

@ObjectType({ description: "A seat on a lab's technical or management committee (R15)" })
export class CommitteeSeat {
  @Field(() => Person)
  person!: Person;

  @Field(() => JointLab)
  lab!: JointLab;

  @Field(() => CommitteeRole, { nullable: true })
  role?: CommitteeRole | null;
}
