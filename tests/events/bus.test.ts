/**
 * The event buses without a server: fan-out to every subscriber, unsubscribing at once, a slow
 * subscriber cut off, JSON payloads; Redis between two buses, its outage and its return.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createEventBus, EventBusError, MemoryEventBus, RedisEventBus } from "../../src/events/bus.js";
import { Fanout, filterEvents, SubscriberTooSlowError } from "../../src/events/fanout.js";
import { publishAfterCommit } from "../../src/events/publish.js";
import {
  TOPICS,
  type ApplicationStatusChangedPayload,
  type LabChangedPayload,
  type LayoutAlertPayload,
} from "../../src/events/types.js";
import { startRedis, type RedisServer } from "../support/redis.js";
import { until } from "../support/ws.js";

function labChanged(labId: string, n = 0): LabChangedPayload {
  return {
    labId,
    change: "UPDATED",
    fields: ["name"],
    actor: "tester",
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    changeId: `c-${n}`,
  };
}

async function nextWithin<T>(iterator: AsyncIterator<T>, ms = 3000): Promise<IteratorResult<T>> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      iterator.next(),
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms)),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

describe("the in-memory bus", () => {
  it("delivers each event to every subscriber of its topic, as JSON values, in order", async () => {
    const bus = new MemoryEventBus();
    const a = bus.subscribe(TOPICS.LAB_CHANGED)[Symbol.asyncIterator]();
    const b = bus.subscribe(TOPICS.LAB_CHANGED)[Symbol.asyncIterator]();
    const other = bus.subscribe(TOPICS.LAYOUT_ALERT)[Symbol.asyncIterator]();
    const payload = labChanged("lab-1");
    await bus.publish(TOPICS.LAB_CHANGED, payload);
    await bus.publish(TOPICS.LAB_CHANGED, labChanged("lab-2"));
    const first = await nextWithin(a);
    expect(first.value).toEqual(payload);
    expect(first.value).not.toBe(payload); // a copy, as through Redis
    expect((await nextWithin(a)).value.labId).toBe("lab-2");
    expect((await nextWithin(b)).value.labId).toBe("lab-1");
    expect(bus.listenerCount(TOPICS.LAYOUT_ALERT)).toBe(1);
    await other.return!();
    expect(bus.listenerCount(TOPICS.LAYOUT_ALERT)).toBe(0);
    await bus.close(); // ends every subscription, queued events included
    expect((await a.next()).done).toBe(true);
    expect((await b.next()).done).toBe(true);
    await expect(bus.publish(TOPICS.LAB_CHANGED, payload)).rejects.toThrow(EventBusError);
  });

  it("ends a waiting subscription at once when it is returned (no event needed)", async () => {
    const bus = new MemoryEventBus();
    const filtered = filterEvents(bus.subscribe(TOPICS.LAB_CHANGED), (e) => e.labId === "wanted");
    const pending = filtered.next();
    expect(bus.listenerCount(TOPICS.LAB_CHANGED)).toBe(1);
    await bus.publish(TOPICS.LAB_CHANGED, labChanged("unwanted"));
    await filtered.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(bus.listenerCount(TOPICS.LAB_CHANGED)).toBe(0);
  });

  it("cuts off a subscriber that falls too far behind, without holding up the others", async () => {
    const fanout = new Fanout(3);
    const slow = fanout.subscribe<number>(TOPICS.LAB_CHANGED);
    const fast = fanout.subscribe<number>(TOPICS.LAB_CHANGED);
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      fanout.deliver(TOPICS.LAB_CHANGED, i);
      seen.push((await fast.next()).value);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect([(await slow.next()).value, (await slow.next()).value, (await slow.next()).value]).toEqual([
      0, 1, 2,
    ]);
    await expect(slow.next()).rejects.toThrow(SubscriberTooSlowError);
    expect(fanout.count(TOPICS.LAB_CHANGED)).toBe(1);
  });

  it("publishAfterCommit logs a failed publish in one line instead of throwing", async () => {
    const bus = new MemoryEventBus();
    await bus.close();
    const lines: string[] = [];
    expect(
      await publishAfterCommit({ events: bus }, TOPICS.LAB_CHANGED, labChanged("x"), (l) => lines.push(l)),
    ).toBe(false);
    expect(lines).toEqual(["event LAB_CHANGED not published: the event bus is closed"]);
  });

  it("is the default without REDIS_URL", async () => {
    const bus = await createEventBus(loadConfig({}));
    expect(bus).toBeInstanceOf(MemoryEventBus);
    await bus.close();
  });
});

describe("the Redis bus", () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.close();
  });

  it("delivers an event published on either of two buses to the subscribers of both, once each", async () => {
    const prefix = `test-${Date.now()}:`;
    const [one, two] = await Promise.all([
      createEventBus({ redisUrl: redis.url }, { prefix }),
      createEventBus({ redisUrl: redis.url }, { prefix }),
    ]);
    try {
      expect(one).toBeInstanceOf(RedisEventBus);
      expect(one.description).toBe(`Redis pub/sub at redis://127.0.0.1:${redis.port} (channels ${prefix}*)`);
      const onOne = one.subscribe(TOPICS.APPLICATION_STATUS_CHANGED)[Symbol.asyncIterator]();
      const onTwo = two.subscribe(TOPICS.APPLICATION_STATUS_CHANGED)[Symbol.asyncIterator]();
      const event: ApplicationStatusChangedPayload = {
        labId: "lab-1",
        from: "APPLYING",
        to: "UNDER_REVIEW",
        actor: "u",
        at: "2026-01-01T00:00:00.000Z",
        reason: null,
      };
      await one.publish(TOPICS.APPLICATION_STATUS_CHANGED, event);
      await two.publish(TOPICS.APPLICATION_STATUS_CHANGED, { ...event, labId: "lab-2" });
      for (const iterator of [onOne, onTwo]) {
        expect((await nextWithin(iterator)).value).toEqual(event);
        expect((await nextWithin(iterator)).value.labId).toBe("lab-2");
        await expect(nextWithin(iterator, 200)).rejects.toThrow(/no event/); // no duplicate
      }
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it("survives an outage: one line logged, publishing fails fast, subscribers get events again after", async () => {
    const lines: string[] = [];
    const bus = (await createEventBus(
      { redisUrl: redis.url },
      { prefix: `outage-${Date.now()}:`, log: (l) => lines.push(l) },
    )) as RedisEventBus;
    try {
      const iterator = bus.subscribe(TOPICS.LAYOUT_ALERT)[Symbol.asyncIterator]();
      const alert: LayoutAlertPayload = {
        kind: "GAP_OPENED",
        labId: null,
        dimension: "FIELD",
        subjectKey: "f",
        subjectName: "F",
        severity: "HIGH",
        reason: "r",
        reasonMessage: { code: "GAP_FIELD_UNSERVED" as const, params: { field: "F" } },
        actor: "u",
        at: "2026-01-01T00:00:00.000Z",
      };
      await bus.publish(TOPICS.LAYOUT_ALERT, alert);
      expect((await nextWithin(iterator)).value).toEqual(alert);

      await redis.stop();
      await until(() => bus.unreachable, 5000, "the outage to be noticed");
      const started = Date.now();
      await expect(bus.publish(TOPICS.LAYOUT_ALERT, alert)).rejects.toThrow(EventBusError);
      expect(Date.now() - started).toBeLessThan(2500);
      await new Promise((r) => setTimeout(r, 1000)); // several reconnection attempts
      expect(lines.filter((l) => l.includes("unreachable"))).toHaveLength(1);

      await redis.restart();
      await until(() => !bus.unreachable, 10_000, "the reconnection");
      await until(() => lines.some((l) => l.includes("reachable again")), 5000, "the recovery line");
      // Resubscribed: an event published now reaches the old subscriber.
      let delivered: IteratorResult<unknown> | undefined;
      const next = iterator.next().then((r) => (delivered = r));
      const end = Date.now() + 5000;
      while (!delivered && Date.now() < end) {
        await bus.publish(TOPICS.LAYOUT_ALERT, { ...alert, subjectKey: "after" }).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 100));
      }
      await next;
      expect((delivered!.value as { subjectKey: string }).subjectKey).toBe("after");
    } finally {
      await bus.close();
    }
  });

  it("starts without Redis, says so in one line, and closes cleanly", async () => {
    const lines: string[] = [];
    const bus = await createEventBus(
      { redisUrl: "redis://127.0.0.1:1" },
      { readyTimeoutMs: 500, log: (l) => lines.push(l) },
    );
    await expect(bus.publish(TOPICS.LAB_CHANGED, labChanged("x"))).rejects.toThrow(
      /could not publish LAB_CHANGED/,
    );
    await bus.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^event bus: Redis at redis:\/\/127\.0\.0\.1:1 (unreachable \(ECONNREFUSED\)|not reachable yet)/,
    );
  });
});
