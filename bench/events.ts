/**
 * `npm run bench:events [-- --subscribers 1000] [--mutations 100] [--fanout-only | --no-fanout] [--tag NAME]`:
 * latency from commit to subscriber. 1,000 sequential writes (updateJointLab)
 * to one lab; a graphql-ws client subscribed to labChanged(id) takes each event's `committedAt` (the
 * hub's clock right after the commit) from its arrival time. Once with one hub (in-memory bus), once
 * with two hubs on one Redis (writes through hub A, subscribers on A and on B). Same machine, same clock.
 * Then the fan-out (bench/lib/fanout.ts): 1,000 subscribers of one lab × 100 mutations, with and
 * without `lab { name status }` selected: delivery p50/p99, the last delivery of each event, the
 * mutations' latency and the Neo4j reads per mutation.
 */
import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { loadConfig, type Config } from "../src/config.js";
import { createEventBus } from "../src/events/bus.js";
import { openGraph } from "../src/graph/connect.js";
import { applySchema } from "../src/graph/migrate.js";
import { REPO_ROOT } from "../src/graph/paths.js";
import { isEmpty, loadSeedSet, readSeedSet } from "../src/graph/seed.js";
import { startHub, type Hub } from "../src/server/http.js";
import { flag, option } from "./lib/args.js";
import { countReads, fanout, type FanoutResult } from "./lib/fanout.js";
import { startRedis } from "./lib/redis-server.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const SUBSCRIBERS = Number(option("subscribers", "1000"));
const MUTATIONS = Number(option("mutations", "100"));
const FANOUT = !flag("no-fanout");
const LATENCY = !flag("fanout-only");
const TAG = option("tag", "");
const LAB = "lab-wbg-semi";
const now = () => performance.timeOrigin + performance.now();

interface Stats {
  events: number;
  p50: number;
  p99: number;
  max: number;
}

function stats(latencies: number[]): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { events: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

function subscriber(hub: Hub): { client: Client; latencies: number[]; ready: Promise<void> } {
  const client = createClient({ url: hub.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, lazy: false });
  const latencies: number[] = [];
  const ready = new Promise<void>((resolve) => client.on("connected", () => resolve()));
  client.subscribe(
    { query: `subscription { labChanged(id: "${LAB}") { committedAt } }` },
    {
      next: (result) => {
        const committedAt = (result.data as { labChanged: { committedAt: number } } | undefined)?.labChanged
          .committedAt;
        if (committedAt) latencies.push(now() - committedAt);
      },
      error: (error) => console.error("subscription failed:", error),
      complete: () => undefined,
    },
  );
  return { client, latencies, ready };
}

async function write(hub: Hub, i: number): Promise<void> {
  const response = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation { updateJointLab(id: "${LAB}", patch: { nameEn: "bench ${i}" }) { userErrors { code } } }`,
    }),
  });
  const body = (await response.json()) as {
    errors?: unknown;
    data?: { updateJointLab: { userErrors: unknown[] } };
  };
  if (body.errors || body.data?.updateJointLab.userErrors.length) throw new Error(JSON.stringify(body));
}

async function run(writer: Hub, subscribed: Hub[]): Promise<Stats[]> {
  const subs = subscribed.map(subscriber);
  await Promise.all(subs.map((s) => s.ready));
  await new Promise((r) => setTimeout(r, 200)); // the subscriptions reach the buses
  for (let i = 0; i < 20; i++) await write(writer, i); // warm-up, not counted
  await new Promise((r) => setTimeout(r, 200));
  for (const s of subs) s.latencies.length = 0;
  for (let i = 0; i < EVENTS; i++) await write(writer, i);
  const deadline = Date.now() + 10_000;
  while (subs.some((s) => s.latencies.length < EVENTS) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  for (const s of subs) await s.client.dispose();
  return subs.map((s) => stats(s.latencies));
}

const config = loadConfig();
const opened = await openGraph(config.neo4j, { log: (line) => console.error(line) });
const redis = LATENCY ? await startRedis() : undefined;
const results: Record<string, Stats> = {};
const fanouts: FanoutResult[] = [];
try {
  await applySchema(opened.graph);
  if (await isEmpty(opened.graph)) await loadSeedSet(opened.graph, readSeedSet());
  const base: Config = { ...config, port: 0 };
  if (LATENCY) await latency(base);
  if (FANOUT) {
    const counter = countReads(opened.graph);
    const hub = await startHub(opened.graph, base);
    try {
      for (const selection of ["", "lab { name status }"]) {
        const result = await fanout(hub, counter, {
          lab: LAB,
          subscribers: SUBSCRIBERS,
          mutations: MUTATIONS,
          selection,
          log: (line) => console.error(line),
        });
        fanouts.push(result);
      }
    } finally {
      await hub.close();
    }
  }

  for (const [name, s] of Object.entries(results)) {
    console.log(
      `${name.padEnd(52)} ${String(s.events).padStart(5)} events   p50 ${s.p50.toFixed(2).padStart(6)} ms   p99 ${s.p99.toFixed(2).padStart(6)} ms   max ${s.max.toFixed(1)} ms`,
    );
  }
  for (const f of fanouts) {
    console.log(
      `fan-out ${f.subscribers} × ${f.mutations}, selection ${f.selection.padEnd(19)} delivered ${f.delivered}/${f.expected}   ` +
        `delivery p50 ${f.delivery.p50.toFixed(1)} ms p99 ${f.delivery.p99.toFixed(1)} ms   ` +
        `last delivery p50 ${f.lastDelivery.p50.toFixed(1)} ms p99 ${f.lastDelivery.p99.toFixed(1)} ms   ` +
        `mutation p50 ${f.mutation.p50.toFixed(1)} ms p99 ${f.mutation.p99.toFixed(1)} ms   ` +
        `Neo4j reads per mutation ${f.readsPerMutation.toFixed(1)}`,
    );
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(join(REPO_ROOT, "bench", "results"), { recursive: true });
  const file = join(REPO_ROOT, "bench", "results", `events-${date}${TAG ? `-${TAG}` : ""}.json`);
  writeFileSync(
    file,
    JSON.stringify({ date, machine, events: EVENTS, results, fanout: fanouts }, null, 2) + "\n",
  );
  console.log(`machine: ${machine}\nwrote ${file}`);
} finally {
  await redis?.close();
  await opened.close();
}

async function latency(base: Config): Promise<void> {
  const redisUrl = redis!.url;
  const single = await startHub(opened.graph, base);
  results["one hub (in-memory bus)"] = (await run(single, [single]))[0]!;
  await single.close();

  const busA = await createEventBus({ redisUrl });
  const busB = await createEventBus({ redisUrl });
  const hubA = await startHub(opened.graph, { ...base, redisUrl }, { events: busA });
  const hubB = await startHub(opened.graph, { ...base, redisUrl }, { events: busB });
  const [sameHub, otherHub] = await run(hubA, [hubA, hubB]);
  results["two hubs on Redis: subscriber on the writing hub"] = sameHub!;
  results["two hubs on Redis: subscriber on the other hub"] = otherHub!;
  await hubA.close();
  await hubB.close();
  await busA.close();
  await busB.close();
}
