import { Field, ObjectType } from "type-graphql";
import { CoverageGap } from "./coverage-gap.type.js";
import { DuplicateGroup } from "./duplicate.type.js";

@ObjectType({ description: "What approving some applicants would change; the stored graph is not changed" })
export class WhatIf {
  @Field(() => [String])
  approved!: string[];

  @Field(() => [CoverageGap], { description: "Gaps that would close" })
  closedGaps!: CoverageGap[];

  @Field(() => [CoverageGap], { description: "Gaps that would open" })
  openedGaps!: CoverageGap[];

  // remainingGaps: what-if.resolver.ts, computed only when selected.

  @Field(() => [DuplicateGroup], {
    description: "CONFLICT and OVERLAP groups whose members would all be covering labs, and are not now",
  })
  newDuplicates!: DuplicateGroup[];

  @Field(() => [DuplicateGroup], {
    description: "Every duplicate group an approved applicant would belong to",
  })
  duplicatesOfApproved!: DuplicateGroup[];
}
