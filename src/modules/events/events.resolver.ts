/**
 * Subscriptions over graphql-ws: each subscriber gets its own iterator on the context's event bus
 * (in memory, or Redis across instances), filtered by the lab id when one is given. Events are
 * published after the write commits; `lab` reads the lab as it is when the event is delivered
 * (null once deleted) — once per event for all its subscribers of a role (renewLoaders).
 */
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from "type-graphql";
import { Role } from "../../domain/roles.js";
import { filterEvents } from "../../events/fanout.js";
import {
  TOPICS,
  type ApplicationStatusChangedPayload,
  type LabChangedPayload,
  type LayoutAlertPayload,
} from "../../events/types.js";
import { renewLoaders, type HubContext } from "../../server/context.js";
import { JointLab } from "../joint-lab/joint-lab.type.js";
import type { GraphNode } from "../shared/node.js";
import { reasonFields } from "../shared/language.js";
import { byKey } from "../shared/relations.js";
import { ApplicationStatusChangedEvent, LabChangedEvent, LayoutAlert } from "./event.types.js";

type SubscribeData = SubscribeResolverData<unknown, { id?: string | null }, HubContext>;

function lab(ctx: HubContext, labId: string | null): Promise<GraphNode | null> | null {
  return labId ? ctx.relations.node(byKey("JointLab"), labId) : null;
}

@Resolver()
export class EventSubscriptions {
  @Authorized(Role.VIEWER)
  @Subscription(() => LabChangedEvent, {
    description: "Changes of joint labs, after each commit: of one lab, or of all when id is omitted",
    subscribe: ({ args, context }: SubscribeData) =>
      filterEvents(context.events.subscribe(TOPICS.LAB_CHANGED), (e) => !args.id || e.labId === args.id),
  })
  labChanged(
    @Root() event: LabChangedPayload,
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID, { nullable: true, description: "Only this lab" }) _id: string | null,
  ): LabChangedPayload {
    renewLoaders(ctx, event);
    return event;
  }

  @Authorized(Role.VIEWER)
  @Subscription(() => ApplicationStatusChangedEvent, {
    description:
      "Application status changes (APPLYING → UNDER_REVIEW → APPROVED …): of one lab, or of all when id is omitted",
    subscribe: ({ args, context }: SubscribeData) =>
      filterEvents(
        context.events.subscribe(TOPICS.APPLICATION_STATUS_CHANGED),
        (e) => !args.id || e.labId === args.id,
      ),
  })
  applicationStatusChanged(
    @Root() event: ApplicationStatusChangedPayload,
    @Ctx() ctx: HubContext,
    @Arg("id", () => ID, { nullable: true, description: "Only this lab" }) _id: string | null,
  ): ApplicationStatusChangedPayload {
    renewLoaders(ctx, event);
    return event;
  }

  @Authorized(Role.PLANNER)
  @Subscription(() => LayoutAlert, {
    description: "Coverage gaps opened or closed and duplicate layouts created by a write",
    subscribe: ({ context }: SubscribeData) => context.events.subscribe(TOPICS.LAYOUT_ALERT),
  })
  layoutAlerts(@Root() event: LayoutAlertPayload, @Ctx() ctx: HubContext): LayoutAlertPayload {
    renewLoaders(ctx, event);
    return event;
  }
}

@Resolver(() => LabChangedEvent)
export class LabChangedEventResolver {
  @FieldResolver(() => JointLab, { nullable: true, description: "The lab as it is now; null once deleted" })
  lab(@Root() event: LabChangedPayload, @Ctx() ctx: HubContext) {
    return lab(ctx, event.labId);
  }
}

@Resolver(() => ApplicationStatusChangedEvent)
export class ApplicationStatusChangedEventResolver {
  @FieldResolver(() => JointLab, { nullable: true, description: "The lab as it is now; null once deleted" })
  lab(@Root() event: ApplicationStatusChangedPayload, @Ctx() ctx: HubContext) {
    return lab(ctx, event.labId);
  }
}

@Resolver(() => LayoutAlert)
export class LayoutAlertResolver {
  @FieldResolver(() => JointLab, {
    nullable: true,
    description: "The lab whose write caused the alert, as it is now",
  })
  lab(@Root() alert: LayoutAlertPayload, @Ctx() ctx: HubContext) {
    return lab(ctx, alert.labId);
  }
}

export const eventResolvers = [
  EventSubscriptions,
  LabChangedEventResolver,
  ApplicationStatusChangedEventResolver,
  LayoutAlertResolver,
  reasonFields(LayoutAlert, "What changed"),
] as const;
