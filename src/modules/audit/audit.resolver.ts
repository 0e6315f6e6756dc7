/** `changes(since, entity)`: the audit trail, read with cypher/queries/changes.cypher. */
import neo4j from "neo4j-driver";
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from "type-graphql";
import { runQuery } from "../../analytics/query-file.js";
import { Role } from "../../domain/roles.js";
import type { HubContext } from "../../server/context.js";
import { NodeLabelEnum } from "../links/link.types.js";
import { isLabel } from "../../domain/model.js";
import { badInput, notFound } from "../shared/errors.js";
import { DateTime } from "../shared/date-time.js";
import { requireKeys } from "../shared/exists.js";
import { ChangeActionEnum } from "../shared/output-enums.js";
import type { ChangeAction } from "../../editing/audit.js";

@ObjectType({ description: "One write, as the audit trail records it" })
export class Change {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime, { description: "When the write committed, as stored (sub-millisecond digits kept)" })
  at!: string;

  @Field(() => String, { description: "Who: the token's subject, or local" })
  actor!: string;

  @Field(() => Role, { description: "The role the writer held" })
  role!: Role;

  @Field(() => ChangeActionEnum, { description: "What the write did" })
  action!: ChangeAction;

  @Field(() => String)
  entityLabel!: string;

  @Field(() => String)
  entityKey!: string;

  @Field(() => String, { nullable: true, description: "The joint lab concerned" })
  labKey!: string | null;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { nullable: true, description: "JSON: the changed properties (or the link) before" })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "JSON: the changed properties (or the link) after" })
  after!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The idempotency key the client sent with the write, if any",
  })
  clientMutationId!: string | null;
}

@InputType()
export class EntityRef {
  @Field(() => NodeLabelEnum)
  label!: string;

  @Field(() => ID)
  key!: string;
}

@Resolver()
export class AuditQueries {
  @Authorized(Role.VIEWER)
  @Query(() => [Change], {
    description:
      "The audit trail since a date-time, oldest first; of one node (a lab: with its directions and evaluations)",
  })
  async changes(
    @Ctx() ctx: HubContext,
    @Arg("since", () => DateTime, {
      description: "From this date-time on (inclusive), e.g. 2026-11-01T00:00:00Z or a Change's at",
    })
    since: string,
    @Arg("entity", () => EntityRef, { nullable: true }) entity: EntityRef | null,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Arg("after", () => ID, {
      nullable: true,
      description:
        "A Change's id from a previous answer: only the records after it in the trail's order (its last id pages on)",
    })
    after: string | null,
  ): Promise<Change[]> {
    if (!Number.isInteger(first) || first < 1 || first > 1000)
      throw badInput("first must be between 1 and 1000", "first");
    const rows = await runQuery(
      ctx.graph,
      "changes",
      {
        since, // the text as given (DateTime checked it): Cypher's datetime() keeps sub-millisecond digits
        label: entity?.label ?? null,
        key: entity?.key ?? null,
        first: neo4j.int(first),
        after: after ?? null,
      },
      ctx.stats,
    );
    if (!rows.length && after != null) {
      const known = await ctx.graph.read("MATCH (c:Change {id: $id}) RETURN count(c) AS n", { id: after });
      if (Number(known.records[0]!.get("n")) === 0) throw notFound("Change", [after], "after");
    }
    // No change of a node that neither exists nor ever did (in the trail) is NOT_FOUND; a deleted node
    // keeps its history. Only an empty answer pays the check.
    if (!rows.length && entity && isLabel(entity.label))
      await requireKeys(ctx, [{ label: entity.label, key: entity.key, field: "entity.key", audited: true }]);
    return rows as unknown as Change[];
  }
}
