/** Inputs and payload of the Project mutations (create, update, delete). */
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { IsInt, IsOptional, Length, Matches, Min, ValidateIf } from "class-validator";
import { SafeInt } from "../shared/scalars.js";
import { KEY_PATTERN } from "../shared/keys.js";
import { Payload } from "../shared/payload.js";
import { Project } from "./project.type.js";

@InputType({ description: "Changes to a Project: omitted fields stay, null removes an optional property" })
export class ProjectPatch {
  @Field(() => String, { nullable: true })
  @ValidateIf((o: ProjectPatch) => o.name !== undefined)
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  programme?: string | null;

  @Field(() => SafeInt, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  amountCny?: number | null;
}

@InputType({ description: "A new Project" })
export class ProjectInput extends ProjectPatch {
  @Field(() => ID, { description: "The stable key" })
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  override name!: string;
}

@ObjectType("ProjectPayload")
export class ProjectPayload extends Payload(Project, "Project", "project") {}
