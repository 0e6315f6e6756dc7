/** Filters of the `enterprises` connection. */
import { Field, InputType, ObjectType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { Connection } from "../shared/connection.js";
import { TEXT_FILTER, type ListSpec } from "../shared/list-query.js";
import { TextFilter } from "../shared/text-filter.js";
import { nodeSorts } from "../shared/order.js";
import { Enterprise } from "./enterprise.type.js";

@InputType()
export class EnterpriseFilter extends TextFilter {
  @Field(() => Boolean, { nullable: true, description: "Industry-leading (true) or not (false)" })
  leading?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  inJiangsu?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  spinOff?: boolean | null;

  @Field(() => String, { nullable: true, description: "Operates in this field (code)" })
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

  @Field(() => String, { nullable: true, description: "Located in this park (id)" })
  @IsOptional()
  @Length(1, 64)
  park?: string | null;
}

@ObjectType("EnterpriseConnection")
export class EnterpriseConnection extends Connection(Enterprise, "Enterprise") {}

export const enterpriseList: ListSpec<EnterpriseFilter> = {
  label: "Enterprise",
  filters: {
    leading: "coalesce(n.leading, false) = $leading",
    inJiangsu: "n.inJiangsu = $inJiangsu",
    spinOff: "coalesce(n.spinOff, false) = $spinOff",
    field: "EXISTS { (n)-[:OPERATES_IN]->(:Field {code: $field}) }",
    city: "EXISTS { (n)-[:LOCATED_IN*1..2]->(:City {id: $city}) }",
    park: "EXISTS { (n)-[:LOCATED_IN]->(:Park {id: $park}) }",
    text: TEXT_FILTER,
  },
  sorts: nodeSorts("id"),
};
