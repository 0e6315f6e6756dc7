/**
 * The hub's schema against the released one (schema/baseline.graphql): graphql-js's findBreakingChanges
 * must find nothing but the breaks listed, each with its reason, in schema/deliberate-breaks.json.
 * Dangerous changes (e.g. an argument added) are printed, not refused.
 */
import { readFileSync } from "node:fs";
import { buildSchema, findBreakingChanges, findDangerousChanges, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { hubSchema } from "../../src/server/schema.js";

interface DeliberateBreak {
  type: string;
  description: string;
  reason: string;
}

const baseline = (): GraphQLSchema => buildSchema(readFileSync("schema/baseline.graphql", "utf8"));
const allowed = (): DeliberateBreak[] =>
  JSON.parse(readFileSync("schema/deliberate-breaks.json", "utf8")) as DeliberateBreak[];

/** The breaks from `before` to `after` that the allow-list does not name. */
function undeliberate(before: GraphQLSchema, after: GraphQLSchema): string[] {
  const list = allowed();
  return findBreakingChanges(before, after)
    .filter((c) => !list.some((a) => a.type === c.type && a.description === c.description))
    .map((c) => `${c.type}: ${c.description}`);
}

describe("schema compatibility with schema/baseline.graphql", () => {
  it("every entry of the allow-list gives a reason", () => {
    for (const entry of allowed()) expect(entry.reason.trim().length, entry.description).toBeGreaterThan(10);
  });

  it("has no breaking change that is not deliberate", async () => {
    const schema = await hubSchema();
    expect(undeliberate(baseline(), schema)).toEqual([]);
    const dangerous = findDangerousChanges(baseline(), schema);
    console.log(`dangerous changes (allowed): ${dangerous.length}`);
  });

  it("fails when a field is removed (the guard works)", async () => {
    const sdl = readFileSync("schema/baseline.graphql", "utf8");
    const removed = buildSchema(sdl.replace(/^\s*subjectName: String!\n/m, ""));
    expect(undeliberate(baseline(), removed).join("\n")).toMatch(/FIELD_REMOVED: .*subjectName was removed/);
  });
});
