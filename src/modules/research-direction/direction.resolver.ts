/** `addResearchDirection` (EDITOR): a direction with its disciplines and enterprises, in one write. */
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches } from "class-validator";
import { Role } from "../../domain/roles.js";
import { addResearchDirection } from "../../editing/directions.js";
import { runWrite } from "../../editing/write.js";
import type { HubContext } from "../../server/context.js";
import { ClientMutationIdArg, idempotency } from "../shared/client-mutation-id.js";
import { writeContext, type PayloadValue } from "../shared/entity-mutations.js";
import { CODE_PATTERNS, KEY_PATTERN } from "../shared/keys.js";
import { validationErrors } from "../shared/payload.js";
import { ResearchDirectionPayload } from "./research-direction.input.js";

@InputType({ description: "A research direction with its disciplines (R7) and enterprises (R10)" })
export class DirectionInput {
  @Field(() => ID)
  @Matches(KEY_PATTERN)
  id!: string;

  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 300)
  nameEn?: string | null;

  @Field(() => [String], { description: "Catalogue codes of its disciplines; each must exist" })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Matches(CODE_PATTERNS.Discipline, { each: true })
  disciplineCodes!: string[];

  @Field(() => [ID], { nullable: true, description: "Enterprises leading the direction (role LEAD)" })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(KEY_PATTERN, { each: true })
  leadEnterpriseIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Enterprises taking part (role MEMBER)" })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(KEY_PATTERN, { each: true })
  memberEnterpriseIds?: string[] | null;
}

@Resolver()
export class DirectionMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => ResearchDirectionPayload, {
    description: "A direction of a lab with its disciplines and enterprises; the only way to create one",
  })
  async addResearchDirection(
    @Ctx() ctx: HubContext,
    @Arg("labId", () => ID) labId: string,
    @Arg("input", () => DirectionInput, { validate: false }) input: DirectionInput,
    @ClientMutationIdArg() clientMutationId: string | null,
  ): Promise<PayloadValue> {
    const { key, userErrors } = idempotency(clientMutationId, "addResearchDirection");
    const invalid = [...userErrors, ...(await validationErrors(input, "input."))];
    if (invalid.length) return { node: null, userErrors: invalid };
    const outcome = await runWrite(
      writeContext(ctx, key),
      (scope) => addResearchDirection(scope, labId, { ...input }),
      {
        watchLayout: { labs: [labId], gapsOfLab: true },
      },
    );
    return { node: outcome.value, userErrors: outcome.userErrors };
  }
}
