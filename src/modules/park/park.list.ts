/** Filters of the `parks` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { PlaceLevel } from "../../domain/enums.js";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { TextFilter } from "../shared/text-filter.js";
import { nodeSorts } from "../shared/order.js";
import { Park } from "./park.type.js";

@InputType()
export class ParkFilter extends TextFilter {
  @Field(() => PlaceLevel, { nullable: true })
  level?: PlaceLevel | null;

  @Field(() => String, { nullable: true, description: "In this city (id)" })
  @IsOptional()
  @Length(1, 64)
  city?: string | null;
}

@ObjectType("ParkConnection")
export class ParkConnection extends Connection(Park, "Park") {}

export const parkList: ListSpec<ParkFilter> = {
  label: "Park",
  filters: {
    level: "n.level = $level",
    city: "EXISTS { (n)-[:LOCATED_IN]->(:City {id: $city}) }",
    text: TEXT_FILTER,
  },
  sorts: nodeSorts("id"),
};
