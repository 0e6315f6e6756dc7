import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../shared/connection.js";
import { LabStatus } from "../../domain/enums.js";
import { SeverityEnum } from "./coverage-gap.type.js";

export enum DuplicateKindEnum {
  CONFLICT = "CONFLICT",
  OVERLAP = "OVERLAP",
  ADJACENT = "ADJACENT",
}
registerEnumType(DuplicateKindEnum, {
  name: "DuplicateKind",
  description:
    "CONFLICT: live labs with the same first-level lead discipline (R5 forbids it); OVERLAP: one lab's lead discipline is a direction discipline of another; ADJACENT: a lab focuses on a provincial or national lab's field (a collaboration candidate, R17)",
});

@ObjectType()
export class DuplicateMember {
  @Field(() => String, { description: "JointLab or Platform" })
  label!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LabStatus, { nullable: true })
  status?: LabStatus | null;

  @Field(() => Boolean, { description: "Counted as a covering lab" })
  covering!: boolean;
}

@ObjectType()
export class SharedNode {
  @Field(() => String)
  label!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "Labs laying out the same discipline field, and the paths that prove it" })
export class DuplicateGroup {
  @Field(() => DuplicateKindEnum)
  kind!: DuplicateKindEnum;

  @Field(() => SeverityEnum)
  severity!: SeverityEnum;

  @Field(() => [DuplicateMember], {
    description:
      "Network view (duplicateLayouts): the labs leading the discipline, then the labs with a direction in it (OVERLAP), or the platforms, then the labs (ADJACENT); at most membersPerGroup of each part, by key. duplicatesFor: the pair (all leaders for CONFLICT)",
  })
  members!: DuplicateMember[];

  @Field(() => Int, { description: "All members, listed or not" })
  memberCount!: number;

  @Field(() => [SharedNode], { description: "The disciplines (or fields, for ADJACENT) they share" })
  shared!: SharedNode[];

  @Field(() => [String], {
    description:
      "Cypher patterns that match in the graph: paste one into MATCH p = … RETURN p (duplicateLayouts: one per listed member, at most 10; duplicatesFor: every path of the pair)",
  })
  proofs!: string[];

  // reason(language:), reasonCode, reasonParams: analytics.resolver.ts (reasonFields).
}

@ObjectType()
export class DuplicateReport {
  @Field(() => [LabStatus], { description: "Statuses counted as live" })
  live!: LabStatus[];

  @Field(() => Int, { description: "Groups in all (duplicateLayouts lists the first `first` of them)" })
  totalCount!: number;

  @Field(() => [DuplicateGroup])
  groups!: DuplicateGroup[];
}

@ObjectType({
  description:
    "The network's duplicate groups a page at a time (duplicateGroups): CONFLICTs, then OVERLAPs, then ADJACENTs, each by code",
})
export class DuplicateGroupConnection extends Connection(DuplicateGroup, "DuplicateGroup") {
  @Field(() => [LabStatus], { description: "Statuses counted as live" })
  live!: LabStatus[];
}
