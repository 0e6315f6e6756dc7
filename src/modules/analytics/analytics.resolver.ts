/**
 * The planners' questions at the Query root: coverage gaps, rule compliance, duplicate layouts,
 * collaboration opportunities and the what-if. Thin: arguments in, one analytic out.
 */
import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from "type-graphql";
import { GraphQLError } from "graphql";
import { ANALYTIC_COST } from "../../server/guards/cost.js";
import { coverageGaps } from "../../analytics/coverage-gaps.js";
import {
  DUPLICATE_KINDS,
  DUPLICATE_PAGE,
  duplicateLayouts,
  duplicatesFor,
  positionOf,
  type DuplicateKind,
  type DuplicatePosition,
} from "../../analytics/duplicates.js";
import {
  collaborationOpportunities,
  networkOpportunities,
  type PartnerKind,
} from "../../analytics/opportunities.js";
import { simulateApproval, WhatIfInputError } from "../../analytics/what-if.js";
import { APPLICANT_STATUSES, COVERING_STATUSES, LIVE_STATUSES } from "../../domain/enums.js";
import { isLabel } from "../../domain/model.js";
import { Role } from "../../domain/roles.js";
import type { HubContext } from "../../server/context.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import { Entity } from "../shared/entity.js";
import { decodeCursor, encodeCursor } from "../shared/connection.js";
import { badInput, excerpt, notFound } from "../shared/errors.js";
import { requireKeys } from "../shared/exists.js";
import type { GraphNode } from "../shared/node.js";
import { byKey } from "../shared/relations.js";
import { roundScore } from "../shared/score.js";
import { LabCompliance, RuleCheck } from "./compliance.type.js";
import {
  LANGUAGE_ARG,
  LanguageEnum,
  languageOf,
  MessageCodeEnum,
  MessageParam,
  paramsOf,
  reasonFields,
} from "../shared/language.js";
import {
  bound as ruleBound,
  renderEvidence,
  type RuleCheck as RuleCheckValue,
} from "../../analytics/compliance.js";
import { render } from "../../domain/messages/index.js";
import { SCORE_COMPONENT_ZH } from "../../domain/messages/zh.js";
import { scoreMessage } from "../../analytics/score-messages.js";
import { RULES } from "../../domain/rules.js";
import { CoverageGap, CoverageGapReport, GapDimensionEnum, SeverityEnum } from "./coverage-gap.type.js";
import {
  DuplicateGroup,
  DuplicateGroupConnection,
  DuplicateKindEnum,
  DuplicateMember,
  DuplicateReport,
} from "./duplicate.type.js";
import { Evidence } from "./evidence.type.js";
import { Opportunity, PartnerKindEnum, ScoreComponent } from "./opportunity.type.js";
import { WhatIf } from "./what-if.type.js";

/** An analytic of one lab: only an empty answer pays a second round trip, to tell an unknown lab (NOT_FOUND). */
async function ofLab<T>(ctx: HubContext, id: string, answer: Promise<T[]>): Promise<T[]> {
  const rows = await answer;
  if (!rows.length) await requireKeys(ctx, [{ label: "JointLab", key: id, field: "id" }]);
  return rows;
}

function checkFirst(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw badInput(`first must be between 1 and ${max}`, "first");
}

function checkMembersPerGroup(membersPerGroup: number): void {
  if (
    !Number.isInteger(membersPerGroup) ||
    membersPerGroup < 1 ||
    membersPerGroup > DUPLICATE_PAGE.maxMembersPerGroup
  ) {
    throw badInput(
      `membersPerGroup must be between 1 and ${DUPLICATE_PAGE.maxMembersPerGroup}`,
      "membersPerGroup",
    );
  }
}

/** A duplicateGroups cursor: a kind and a code, else BAD_USER_INPUT on `after`. */
function duplicateCursorPosition(after: string): DuplicatePosition {
  const [kind, code] = decodeCursor(after);
  if (!(DUPLICATE_KINDS as readonly string[]).includes(kind))
    throw badInput(`invalid cursor ${excerpt(after)}`, "after");
  return { kind: kind as DuplicateKind, code };
}

function nodeOf(ctx: HubContext, label: string, key: string): Promise<GraphNode | null> | null {
  return isLabel(label) ? ctx.relations.node(byKey(label), key) : null;
}

@Resolver()
export class AnalyticsQueries {
  @Authorized(Role.PLANNER)
  @Query(() => CoverageGapReport, {
    complexity: ANALYTIC_COST,
    description: "Coverage gaps of one dimension, most severe first, each with its evidence",
  })
  async coverageGaps(
    @Ctx() ctx: HubContext,
    @Arg("dimension", () => GapDimensionEnum) dimension: GapDimensionEnum,
    @Arg("severity", () => SeverityEnum, { nullable: true, description: "Only gaps of this severity" })
    severity: SeverityEnum | null,
    @Arg("field", () => String, {
      nullable: true,
      description:
        "Only gaps concerning this focus field (code): FIELD the field itself, DISCIPLINE the disciplines supporting it, CITY and PARK its rows, DIRECTION the directions in a discipline supporting it",
    })
    field: string | null,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
  ): Promise<CoverageGapReport> {
    checkFirst(first, 1000);
    let gaps = await coverageGaps(ctx.graph, dimension, { fields: field ? [field] : null, stats: ctx.stats });
    // gaps of a field name it: only no gap at all asks whether the field exists
    if (field != null && !gaps.length)
      await requireKeys(ctx, [{ label: "Field", key: field, field: "field" }]);
    if (severity) gaps = gaps.filter((g) => g.severity === severity);
    return {
      dimension,
      covering: [...COVERING_STATUSES],
      applicants: [...APPLICANT_STATUSES],
      totalCount: gaps.length,
      gaps: gaps.slice(0, first) as CoverageGapReport["gaps"],
    };
  }

  @Authorized(Role.PLANNER)
  @Query(() => LabCompliance, {
    complexity: ANALYTIC_COST,
    description: "A lab checked against R1–R4, R7–R15 (R13 as priority flags, R14 as the ceiling)",
  })
  async labCompliance(@Ctx() ctx: HubContext, @Arg("id", () => ID) id: string): Promise<LabCompliance> {
    const result = await ctx.compliance.load(id);
    if (!result) throw notFound("JointLab", [id], "id");
    return result as LabCompliance;
  }

  @Authorized(Role.PLANNER)
  @Query(() => DuplicateReport, {
    complexity: ANALYTIC_COST,
    description:
      "R5: live labs laying out the same discipline field, one group per discipline (CONFLICT, OVERLAP) or field (ADJACENT): CONFLICTs first, then OVERLAPs, then ADJACENTs, each by code",
    deprecationReason:
      "Use duplicateGroups: the same groups in the same order as a connection (edges, pageInfo, totalCount), paged with first and after; this field lists only the first `first` groups (at most 1000)",
  })
  async duplicateLayouts(
    @Ctx() ctx: HubContext,
    @Arg("kinds", () => [DuplicateKindEnum], {
      nullable: true,
      description: "Only these kinds (default: all)",
    })
    kinds: DuplicateKindEnum[] | null,
    @Arg("first", () => Int, { defaultValue: DUPLICATE_PAGE.first }) first: number,
    @Arg("membersPerGroup", () => Int, {
      defaultValue: DUPLICATE_PAGE.membersPerGroup,
      description:
        "Members listed per part of a group (leaders, direction labs; platforms, labs); memberCount counts them all",
    })
    membersPerGroup: number,
  ): Promise<DuplicateReport> {
    checkFirst(first, DUPLICATE_PAGE.maxFirst);
    checkMembersPerGroup(membersPerGroup);
    const page = await duplicateLayouts(ctx.graph, { kinds, first, membersPerGroup, stats: ctx.stats });
    return {
      live: [...LIVE_STATUSES],
      totalCount: page.totalCount,
      groups: page.groups as DuplicateReport["groups"],
    };
  }

  @Authorized(Role.PLANNER)
  @Query(() => DuplicateGroupConnection, {
    complexity: ANALYTIC_COST,
    description:
      "R5 across the network, a page at a time: one group per discipline (CONFLICT, OVERLAP) or field (ADJACENT), CONFLICTs first, then OVERLAPs, then ADJACENTs, each by code; a cursor is the group's kind and code, so a page does not shift when groups before it appear or go",
  })
  async duplicateGroups(
    @Ctx() ctx: HubContext,
    @Arg("kinds", () => [DuplicateKindEnum], {
      nullable: true,
      description: "Only these kinds (default: all)",
    })
    kinds: DuplicateKindEnum[] | null,
    @Arg("first", () => Int, { defaultValue: DUPLICATE_PAGE.first }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page" })
    after: string | null,
    @Arg("membersPerGroup", () => Int, {
      defaultValue: DUPLICATE_PAGE.membersPerGroup,
      description:
        "Members listed per part of a group (leaders, direction labs; platforms, labs); memberCount counts them all",
    })
    membersPerGroup: number,
  ): Promise<DuplicateGroupConnection> {
    checkFirst(first, DUPLICATE_PAGE.maxFirst);
    checkMembersPerGroup(membersPerGroup);
    const position = after == null ? null : duplicateCursorPosition(after);
    const page = await duplicateLayouts(ctx.graph, {
      kinds,
      first: first + 1, // one more: whether a next page exists
      after: position,
      membersPerGroup,
      stats: ctx.stats,
    });
    const groups = page.groups.slice(0, first);
    const edges = groups.map((group) => {
      const { kind, code } = positionOf(group);
      return { cursor: encodeCursor([kind, code]), node: group as DuplicateGroup };
    });
    return {
      live: [...LIVE_STATUSES],
      totalCount: page.totalCount,
      edges,
      pageInfo: {
        hasNextPage: page.groups.length > first,
        hasPreviousPage: position !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Authorized(Role.PLANNER)
  @Query(() => DuplicateReport, {
    complexity: ANALYTIC_COST,
    description:
      "R5 for one lab (typically an application) against the live layout, one group per pair; the lab counts as live whatever its status",
  })
  async duplicatesFor(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @Arg("kinds", () => [DuplicateKindEnum], { nullable: true }) kinds: DuplicateKindEnum[] | null,
  ): Promise<DuplicateReport> {
    const groups = await ofLab(
      ctx,
      id,
      duplicatesFor(ctx.graph, [id], { anchorsLive: true, kinds, stats: ctx.stats }),
    );
    return {
      live: [...LIVE_STATUSES],
      totalCount: groups.length,
      groups: groups as DuplicateReport["groups"],
    };
  }

  @Authorized(Role.PLANNER)
  @Query(() => [Opportunity], {
    complexity: ANALYTIC_COST,
    description: "R17: ranked partners for a lab it does not collaborate with yet, best first",
  })
  async collaborationOpportunities(
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID) id: string,
    @Arg("kinds", () => [PartnerKindEnum], {
      nullable: true,
      description: "Only these kinds of partner (default: all)",
    })
    kinds: PartnerKind[] | null,
    @Arg("first", () => Int, { defaultValue: 10 }) first: number,
  ): Promise<Opportunity[]> {
    checkFirst(first, 200);
    return ofLab(
      ctx,
      id,
      collaborationOpportunities(ctx.graph, {
        lab: id,
        kinds,
        first,
        weights: ctx.config.opportunityWeights,
        stats: ctx.stats,
      }),
    );
  }

  @Authorized(Role.PLANNER)
  @Query(() => [Opportunity], {
    complexity: ANALYTIC_COST,
    description:
      "R17: a page of the network — the best partner of each covering lab, `first` labs in key order after the lab key `after`",
  })
  async networkOpportunities(
    @Ctx() ctx: HubContext,
    @Arg("kinds", () => [PartnerKindEnum], { nullable: true }) kinds: PartnerKind[] | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many labs" }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The last lab key of the previous page" })
    after: string | null,
    @Arg("field", () => String, { nullable: true, description: "Only labs focusing on this field (code)" })
    field: string | null,
  ): Promise<Opportunity[]> {
    checkFirst(first, 200);
    // an argument left out arrives as undefined; `after` is a position in key order, not a name
    const page = await networkOpportunities(ctx.graph, {
      kinds,
      first,
      after: after ?? null,
      field: field ?? null,
      weights: ctx.config.opportunityWeights,
      stats: ctx.stats,
    });
    // labs of a field name it: only an empty page asks whether the field exists
    if (field != null && !page.length)
      await requireKeys(ctx, [{ label: "Field", key: field, field: "field" }]);
    return page;
  }

  @Authorized(Role.PLANNER)
  @Query(() => WhatIf, {
    complexity: ANALYTIC_COST,
    description:
      "Which gaps close and which duplicates appear if these applicants were approved; writes nothing",
  })
  async simulateApproval(@Ctx() ctx: HubContext, @Arg("ids", () => [ID]) ids: string[]): Promise<WhatIf> {
    if (ids.length === 0 || ids.length > 100) throw badInput("ids must name 1 to 100 applicants", "ids");
    try {
      return (await simulateApproval(ctx.graph, ids, ctx.stats)) as WhatIf;
    } catch (error) {
      if (error instanceof WhatIfInputError && error.reason === "UNKNOWN")
        throw notFound("JointLab", error.ids, "ids");
      if (error instanceof WhatIfInputError) {
        throw new GraphQLError(error.message, {
          extensions: { code: "BAD_USER_INPUT", field: "ids", ids: error.ids },
        });
      }
      throw error;
    }
  }
}

@Resolver(() => JointLab)
export class JointLabComplianceResolver {
  @Authorized(Role.PLANNER)
  @FieldResolver(() => LabCompliance, {
    description: "The lab checked against the rules (batched across a list of labs)",
  })
  async compliance(@Root() lab: GraphNode, @Ctx() ctx: HubContext): Promise<LabCompliance> {
    return (await ctx.compliance.load(String(lab.id))) as LabCompliance;
  }
}

@Resolver(() => LabCompliance)
export class LabComplianceResolver {
  @FieldResolver(() => JointLab)
  lab(@Root() compliance: LabCompliance, @Ctx() ctx: HubContext) {
    return ctx.relations.node(byKey("JointLab"), compliance.labId);
  }
}

@Resolver(() => RuleCheck)
export class RuleCheckResolver {
  @FieldResolver(() => String, {
    description:
      "The rule in the language asked for: ZH the draft work plan's own words (textZh), EN its title",
  })
  text(
    @Root() check: RuleCheck,
    @Ctx() ctx: HubContext,
    @Arg("language", () => LanguageEnum, LANGUAGE_ARG) language: LanguageEnum | null,
  ): string {
    return languageOf(ctx, language) === "ZH" ? check.textZh : check.title;
  }

  @FieldResolver(() => String, { description: "What the graph says, in the language asked for" })
  measured(
    @Root() check: RuleCheckValue,
    @Ctx() ctx: HubContext,
    @Arg("language", () => LanguageEnum, LANGUAGE_ARG) language: LanguageEnum | null,
  ): string {
    return render(check.measuredMessage, languageOf(ctx, language));
  }

  @FieldResolver(() => MessageCodeEnum, {
    description: "What the measurement says, for a front-end's own text",
  })
  measuredCode(@Root() check: RuleCheckValue): string {
    return check.measuredMessage.code;
  }

  @FieldResolver(() => [MessageParam], { description: "The measurement's parameters, by name" })
  measuredParams(@Root() check: RuleCheckValue): MessageParam[] {
    return paramsOf(check.measuredMessage);
  }

  @FieldResolver(() => String, {
    description: "The rule's bound, where it has one (empty otherwise), in the language asked for",
  })
  bound(
    @Root() check: RuleCheckValue,
    @Ctx() ctx: HubContext,
    @Arg("language", () => LanguageEnum, LANGUAGE_ARG) language: LanguageEnum | null,
  ): string {
    return ruleBound(RULES[check.rule], languageOf(ctx, language));
  }

  @FieldResolver(() => [String], {
    description:
      "Names behind the measurement (with the part they play, e.g. director), in the language asked for",
  })
  evidence(
    @Root() check: RuleCheckValue,
    @Ctx() ctx: HubContext,
    @Arg("language", () => LanguageEnum, LANGUAGE_ARG) language: LanguageEnum | null,
  ): string[] {
    const lang = languageOf(ctx, language);
    return check.evidenceEntries.map((e) => renderEvidence(e, lang));
  }
}

@Resolver(() => ScoreComponent)
export class ScoreComponentResolver {
  // value, weight and contribution as shown (3 decimals); the root keeps them unrounded for explanation
  @FieldResolver(() => Float, { description: "What the component counts (3 decimals)" })
  value(@Root() component: ScoreComponent): number {
    return roundScore(component.value);
  }

  @FieldResolver(() => Float, { description: "The component's weight (3 decimals)" })
  weight(@Root() component: ScoreComponent): number {
    return roundScore(component.weight);
  }

  @FieldResolver(() => Float, { description: "value × weight (3 decimals)" })
  contribution(@Root() component: ScoreComponent): number {
    return roundScore(component.contribution);
  }

  @FieldResolver(() => String, { description: "The component's name in the language asked for" })
  label(
    @Root() component: ScoreComponent,
    @Ctx() ctx: HubContext,
    @Arg("language", () => LanguageEnum, LANGUAGE_ARG) language: LanguageEnum | null,
  ): string {
    return languageOf(ctx, language) === "ZH"
      ? (SCORE_COMPONENT_ZH[component.name] ?? component.name)
      : component.name;
  }

  @FieldResolver(() => String, {
    description:
      "What the component counts, its weight and its contribution in one sentence (numbers to 2 decimals), in the language asked for",
  })
  explanation(
    @Root() component: ScoreComponent,
    @Ctx() ctx: HubContext,
    @Arg("language", () => LanguageEnum, LANGUAGE_ARG) language: LanguageEnum | null,
  ): string {
    const message = scoreMessage(component);
    return message ? render(message, languageOf(ctx, language)) : component.name;
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Entity, { nullable: true, description: "The node itself" })
  node(@Root() evidence: Evidence, @Ctx() ctx: HubContext) {
    return nodeOf(ctx, evidence.label, evidence.key);
  }
}

@Resolver(() => DuplicateMember)
export class DuplicateMemberResolver {
  @FieldResolver(() => Entity, { nullable: true, description: "The lab or platform itself" })
  node(@Root() member: DuplicateMember, @Ctx() ctx: HubContext) {
    return nodeOf(ctx, member.label, member.key);
  }
}

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @FieldResolver(() => Float, {
    description:
      "The sum of the components' contributions, to 3 decimals (ranked before rounding, so equal shown scores keep their order)",
  })
  score(@Root() opportunity: Opportunity): number {
    return roundScore(opportunity.score);
  }

  @FieldResolver(() => JointLab, { nullable: true })
  lab(@Root() opportunity: Opportunity, @Ctx() ctx: HubContext) {
    return ctx.relations.node(byKey("JointLab"), opportunity.labKey);
  }

  @FieldResolver(() => Entity, { nullable: true, description: "The candidate partner itself" })
  partner(@Root() opportunity: Opportunity, @Ctx() ctx: HubContext) {
    return nodeOf(ctx, opportunity.partnerLabel, opportunity.partnerKey);
  }
}

export const analyticsResolvers = [
  AnalyticsQueries,
  JointLabComplianceResolver,
  LabComplianceResolver,
  RuleCheckResolver,
  ScoreComponentResolver,
  EvidenceResolver,
  DuplicateMemberResolver,
  OpportunityResolver,
  reasonFields(CoverageGap, "The gap"),
  reasonFields(DuplicateGroup, "Why the labs duplicate each other"),
] as const;
