/**
 * Once per test run: build the hub (the CLI tests run dist/), then start the local Neo4j test
 * instance (its own data folder and port), or use NEO4J_URI when set; stop it at the end.
 */
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { startLocalNeo4j, type LocalNeo4jHandle } from "../../src/graph/local-neo4j.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database?: string };
  }
}

let local: LocalNeo4jHandle | undefined;

export async function setup(project: TestProject): Promise<void> {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
  if (process.env.NEO4J_URI) {
    project.provide("neo4j", {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE,
    });
    return;
  }
  local = await startLocalNeo4j({
    // NEO4J_TEST_INSTANCE lets two checkouts test side by side, each with its own data folder and port.
    instance: process.env.NEO4J_TEST_INSTANCE ?? "test",
    boltPort: Number(process.env.NEO4J_TEST_PORT ?? 7688),
    attached: true,
    portSetting: "NEO4J_TEST_PORT",
  });
  console.log(`[tests] local Neo4j test instance ready at ${local.uri} in ${local.readyMs} ms`);
  project.provide("neo4j", { uri: local.uri, username: local.username, password: local.password });
}

export async function teardown(): Promise<void> {
  await local?.stop();
}
