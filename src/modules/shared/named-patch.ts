/**
 * The name and English name every named node's patch takes (its create input then requires the name).
 * Decorated as an input type so that its subclasses inherit its fields; used by no argument, it does not
 * appear in the schema.
 */
import { Field, InputType } from "type-graphql";
import { IsOptional, Length, ValidateIf } from "class-validator";

@InputType()
export abstract class NamedPatch {
  @Field(() => String, { nullable: true })
  @ValidateIf((o: NamedPatch) => o.name !== undefined)
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 300)
  nameEn?: string | null;
}
