/** The filter of lists that filter on names only. */
import { Field, InputType } from "type-graphql";
import { IsOptional, Length } from "class-validator";

@InputType()
export class TextFilter {
  @Field(() => String, { nullable: true, description: "Name or English name contains this text (any case)" })
  @IsOptional()
  @Length(1, 200)
  text?: string | null;
}
