import { Field, ObjectType } from "type-graphql";
import { StaffRole } from "../../domain/enums.js";
import { Actor } from "../shared/actor.js";
import { LocalDate } from "../shared/scalars.js";
import { Person } from "./person.type.js";

@ObjectType({ description: "A person working at an organisation, in a role (R4, R11, R15)" })
export class Staffing {
  @Field(() => Person)
  person!: Person;

  @Field(() => Actor)
  organization!: typeof Actor;

  @Field(() => StaffRole, { nullable: true })
  role?: StaffRole | null;

  @Field(() => LocalDate, { nullable: true })
  since?: string | null;
}
