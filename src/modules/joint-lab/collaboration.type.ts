import { Field, ObjectType } from "type-graphql";
import { Actor } from "../shared/actor.js";
import { LocalDate } from "../shared/scalars.js";

@ObjectType({ description: "An existing collaboration (R17), read as undirected" })
export class Collaboration {
  @Field(() => Actor, { description: "The other side: a joint lab, platform, university or enterprise" })
  partner!: typeof Actor;

  @Field(() => LocalDate, { nullable: true })
  since?: string | null;

  @Field(() => String, { nullable: true })
  topic?: string | null;
}
