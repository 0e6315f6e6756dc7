import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { cypherFilesIn, loadCypherFile, parseCypher } from "../../src/graph/cypher-file.js";
import { CYPHER_DIR } from "../../src/graph/paths.js";

describe("Cypher files", () => {
  it("splits statements at semicolons that end a line and keeps the leading comments as the header", () => {
    const file = parseCypher(
      [
        "// Purpose: an example",
        "// :param status => 'OPERATING'",
        "MATCH (n:JointLab {status: $status})",
        "RETURN n.name AS name;",
        "",
        "// a comment between statements is dropped",
        "MATCH (n) WHERE n.name = 'a;b' RETURN n",
      ].join("\n"),
    );
    expect(file.header).toEqual(["Purpose: an example", ":param status => 'OPERATING'"]);
    expect(file.statements).toEqual([
      "MATCH (n:JointLab {status: $status})\nRETURN n.name AS name",
      "MATCH (n) WHERE n.name = 'a;b' RETURN n",
    ]);
  });

  it("finds the numbered schema files in order, each with statements", () => {
    const files = cypherFilesIn(join(CYPHER_DIR, "schema"));
    expect(files.map((f) => f.split("/").pop())).toEqual([...files.map((f) => f.split("/").pop())].sort());
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const path of files) {
      const file = loadCypherFile(path);
      expect(file.statements.length).toBeGreaterThan(0);
      for (const statement of file.statements) expect(statement).toMatch(/IF NOT EXISTS/);
    }
  });
});
