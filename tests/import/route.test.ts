/**
 * The hub's upload route, POST /import, on the real test database: a dry run answers the report as JSON
 * and writes nothing; a real run imports as the caller, audited `import:<file name>`; a VIEWER is
 * refused when auth is on (403 FORBIDDEN), and so is a request without a token (401).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/graph/graph.js";
import type { Hub } from "../../src/server/http.js";
import { fingerprint } from "../support/fingerprint.js";
import { count, resetToSeed, testGraph } from "../support/graph.js";
import { bearer, startTestHub } from "../support/hub.js";
import { authConfig, roleToken } from "../support/tokens.js";

let graph: Graph;
let dir: string;
let body: Buffer;
let open: Hub;
let guarded: Hub;

beforeAll(async () => {
  graph = testGraph();
  await resetToSeed(graph);
  dir = mkdtempSync(join(tmpdir(), "lianhe-import-route-"));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Enterprise");
  sheet.addRow(["编号", "名称", "是否行业龙头"]);
  sheet.addRow(["id", "name", "leading"]);
  sheet.addRow(["ent-upload-1", "上传示例企业", false]);
  await book.xlsx.writeFile(join(dir, "upload.xlsx"));
  body = readFileSync(join(dir, "upload.xlsx"));
  open = await startTestHub(graph);
  guarded = await startTestHub(graph, { config: authConfig() });
});

afterAll(async () => {
  await open?.close();
  await guarded?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

const post = (hub: Hub, query: string, headers: Record<string, string> = {}) =>
  fetch(new URL(`/import?${query}`, hub.url), {
    method: "POST",
    headers: { "content-type": "application/octet-stream", ...headers },
    body,
  });

describe("POST /import", () => {
  it("answers a dry run's report as JSON and writes nothing", async () => {
    const digest = await fingerprint(graph);
    const response = await post(open, "dryRun=true&name=upload.xlsx");
    expect(response.status).toBe(200);
    const report = (await response.json()) as Record<string, any>;
    expect(report).toMatchObject({ file: "upload.xlsx", dryRun: true, written: false, problems: [] });
    expect(report.counts.nodes.Enterprise).toEqual({ create: 1, update: 0, unchanged: 0 });
    expect(await fingerprint(graph)).toBe(digest);
  });

  it("imports as the caller with dryRun=false, audited as import:<file name>", async () => {
    const response = await post(guarded, "dryRun=false&name=upload.xlsx", bearer(await roleToken("EDITOR")));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ written: true, changes: 1 });
    expect(
      await count(
        graph,
        "MATCH (c:Change {actor: 'import:upload.xlsx', role: 'EDITOR', entityKey: 'ent-upload-1'}) RETURN count(c)",
      ),
    ).toBe(1);
    const again = await post(guarded, "dryRun=false&name=upload.xlsx", bearer(await roleToken("EDITOR")));
    expect(await again.json()).toMatchObject({ written: true, changes: 0 });
  });

  it("refuses a VIEWER (403) and a request without a token (401) when auth is on", async () => {
    const viewer = await post(guarded, "dryRun=true&name=upload.xlsx", bearer(await roleToken("VIEWER")));
    expect(viewer.status).toBe(403);
    expect(await viewer.json()).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
    const anonymous = await post(guarded, "dryRun=true&name=upload.xlsx");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
  });

  it("refuses a file without a name, and answers a bad file with its problem (422)", async () => {
    const unnamed = await post(open, "dryRun=true");
    expect(unnamed.status).toBe(400);
    expect(await unnamed.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
    const response = await fetch(new URL("/import?name=fake.xlsx", open.url), {
      method: "POST",
      body: "not a workbook",
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      problems: [{ file: "fake.xlsx", code: "NOT_A_WORKBOOK" }],
    });
  });
});
