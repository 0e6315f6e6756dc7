/**
 * The hub serves the console's build at /: index.html (revalidated) for / and for any other browser
 * GET no route takes, hashed assets with a year's cache; the API, the explorer and the operations
 * endpoints are untouched, and a non-browser GET of an unknown path is still a 404.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Graph } from "../../src/graph/graph.js";
import { CONSOLE_DIST } from "../../src/server/console.js";
import { buildConsole } from "../../src/server/console-build.js";
import type { Hub } from "../../src/server/http.js";
import { testGraph } from "../support/graph.js";
import { gql, startTestHub } from "../support/hub.js";

let graph: Graph;
let hub: Hub;
let origin: string;
const html = { accept: "text/html,application/xhtml+xml,*/*;q=0.8" };

beforeAll(async () => {
  buildConsole({ quiet: true });
  graph = testGraph();
  hub = await startTestHub(graph);
  origin = new URL(hub.url).origin;
});

afterAll(async () => {
  await hub?.close();
  await graph?.close();
});

describe("the console at /", () => {
  it("serves index.html for / with no-cache, pointing at its hashed assets", async () => {
    const response = await fetch(`${origin}/`, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const body = await response.text();
    expect(body).toContain('<div id="root">');
    expect(body).toMatch(/src="\/assets\/index-[\w-]+\.js"/);
  });

  it("serves a hashed asset immutable for a year, and a missing one as 404", async () => {
    const asset = readdirSync(join(CONSOLE_DIST, "assets")).find((name) => name.endsWith(".js"));
    expect(asset).toBeDefined();
    const response = await fetch(`${origin}/assets/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/javascript/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${origin}/assets/no-such-file.js`)).status).toBe(404);
  });

  it("answers a browser GET of another path with the console, a JSON GET with 404", async () => {
    const page = await fetch(`${origin}/coverage`, { headers: html });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${origin}/coverage`, { headers: { accept: "application/json" } })).status).toBe(404);
  });

  it("leaves the API, the explorer and /healthz to the hub", async () => {
    const answer = await gql(hub, "{ __typename }");
    expect(answer.data).toEqual({ __typename: "Query" });
    const explorer = await fetch(hub.url, { headers: html });
    expect(await explorer.text()).toContain("GraphQL explorer");
    const health = await fetch(`${origin}/healthz`);
    expect(health.headers.get("content-type")).toMatch(/json/);
  });
});
