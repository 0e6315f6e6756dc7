import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../../src/graph/paths.js";
import { hubSchema, printHubSchema } from "../../src/server/schema.js";

describe("schema/schema.graphql", () => {
  it("is the SDL the code emits (run `npm run schema:emit` after changing the API)", async () => {
    const emitted = printHubSchema(await hubSchema());
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(emitted);
  });

  it("holds the root fields and names the front-ends rely on", async () => {
    const schema = await hubSchema();
    const query = schema.getQueryType()!.getFields();
    for (const name of [
      "jointLab",
      "jointLabs",
      "discipline",
      "disciplines",
      "enterprises",
      "platforms",
      "universities",
      "people",
    ]) {
      expect(query[name], name).toBeDefined();
    }
    const direction = schema.getType("ResearchDirection") as any;
    expect(Object.keys(direction.getFields())).toEqual(
      expect.arrayContaining(["name", "disciplines", "leadingEnterprises"]),
    );
  });
});
