/** Filters of the `platforms` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { PlaceLevel, PlatformKind } from "../../domain/enums.js";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { TextFilter } from "../shared/text-filter.js";
import { nodeSorts } from "../shared/order.js";
import { Platform } from "./platform.type.js";

@InputType()
export class PlatformFilter extends TextFilter {
  @Field(() => [PlatformKind], { nullable: true, description: "Any of these kinds" })
  kind?: PlatformKind[] | null;

  @Field(() => PlaceLevel, { nullable: true })
  level?: PlaceLevel | null;

  @Field(() => String, { nullable: true, description: "Focuses on this field (code)" })
  @IsOptional()
  @Length(1, 64)
  field?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Located in this city (id), directly or through its park",
  })
  @IsOptional()
  @Length(1, 64)
  city?: string | null;
}

@ObjectType("PlatformConnection")
export class PlatformConnection extends Connection(Platform, "Platform") {}

export const platformList: ListSpec<PlatformFilter> = {
  label: "Platform",
  filters: {
    kind: "n.kind IN $kind",
    level: "n.level = $level",
    field: "EXISTS { (n)-[:FOCUSES_ON]->(:Field {code: $field}) }",
    city: "EXISTS { (n)-[:LOCATED_IN*1..2]->(:City {id: $city}) }",
    text: TEXT_FILTER,
  },
  sorts: nodeSorts("id"),
};
