/**
 * 1,500 operations generated from the schema (valid, invalid, oversized, injected; seeded) over
 * HTTP: no 5xx, every error with an `extensions.code`, the hub still answering, and the graph's
 * digest unchanged (queries only). bench/attack.ts runs 10,000 of them and prints figures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { hubSchema } from "../../src/server/schema.js";
import { Fuzzer, FUZZ_KINDS } from "../../bench/lib/attack-fuzz.js";
import { fingerprint } from "../support/fingerprint.js";
import { resetToSeed, testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";

const COUNT = 1500;
const CONCURRENCY = 8;

let graph: Graph;
let hub: Hub;

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  hub = await startTestHub(graph);
});

afterAll(async () => {
  await hub?.close();
  await graph?.close();
});

describe("fuzzing the API", () => {
  it(`answers ${COUNT} generated operations with codes, no 5xx, and leaves the graph as it was`, async () => {
    const before = await fingerprint(graph, true);
    const fuzzer = new Fuzzer(await hubSchema(), 10);
    const operations = Array.from({ length: COUNT }, (_, i) =>
      fuzzer.next(FUZZ_KINDS[i % FUZZ_KINDS.length]!),
    );
    const problems: string[] = [];
    const codes = new Map<string, number>();
    const deadline = Date.now() + 150_000;
    let next = 0;
    const worker = async () => {
      while (next < operations.length && Date.now() < deadline) {
        const query = operations[next++]!;
        let response;
        try {
          response = await gql(hub, query);
        } catch (error) {
          problems.push(`${(error as Error).message}: ${query.slice(0, 200)}`);
          continue;
        }
        if (response.status >= 500) problems.push(`status ${response.status}: ${query.slice(0, 200)}`);
        for (const error of response.errors ?? []) {
          const code = error.extensions?.code as string | undefined;
          if (!code || code === "INTERNAL_SERVER_ERROR")
            problems.push(`${code ?? "no code"} ${error.message}: ${query.slice(0, 200)}`);
          codes.set(code ?? "none", (codes.get(code ?? "none") ?? 0) + 1);
        }
      }
    };
    const t = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(
      `[guards] fuzz: ${next} operations in ${((performance.now() - t) / 1000).toFixed(1)} s; error codes ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    expect(next).toBe(COUNT);
    expect(problems.slice(0, 20)).toEqual([]);
    expect((await gql(hub, "{ __typename }")).data).toEqual({ __typename: "Query" });
    expect(await fingerprint(graph, true)).toBe(before);
  }, 180_000);
});
