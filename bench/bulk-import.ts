/**
 * `npm run bench:bulk-import -- [--scale province|nation] [--port N]`: a benchmark graph written
 * straight from its generator (bench/lib/generator.ts) as admin CSV, then loaded by Neo4j's offline
 * importer (src/graph/bulk-import.ts) into a fresh instance of its own, `bench-bulk-<scale>` (its data
 * folder is removed first and at the end), on --port (default 7693). Prints nodes, relationships,
 * the seconds of each phase and nodes/s.
 *
 * The generator's rows are those `npm run bench` merges: every node gets `illustrative: true` and
 * `bench: <scale>`; tables whose rows may repeat an earlier relationship (same type, same two nodes,
 * FUNDS also the same kind and year) keep the first one, as MERGE does. Two passes over the
 * generator: the first learns each file's columns and types, the second writes.
 */
import "reflect-metadata";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Label } from "../src/domain/model.js";
import { bulkImport } from "../src/graph/bulk-import.js";
import { stopLocalNeo4j } from "../src/graph/local-neo4j.js";
import { REPO_ROOT } from "../src/graph/paths.js";
import {
  ColumnSet,
  NodeFile,
  RelationshipFile,
  writeAdminFolder,
  type ManifestFile,
} from "../src/transfer/admin-csv.js";
import { option, scaleOption } from "./lib/args.js";
import { benchGraph, type BenchGraph, type Props, type RelRow } from "./lib/generator.js";

const IDENTITY: Record<string, readonly string[]> = { FUNDS: ["kind", "year"] };

const spec = scaleOption();
const port = Number(option("port", "7693"));
const instance = `bench-bulk-${spec.name}`;
const bench = benchGraph(spec);

/** Every relationship row the graph holds, in the loader's order, repeats of an earlier one dropped. */
function* relationships(graph: BenchGraph): Generator<{ type: string; row: RelRow }> {
  const repeating = new Set(graph.rels.filter((t) => t.repeats).map((t) => t.type));
  const seen = new Map<string, Set<string>>();
  const ordered = [...graph.rels.filter((t) => !t.repeats), ...graph.rels.filter((t) => t.repeats)];
  for (const table of ordered) {
    const keys = repeating.has(table.type) ? (seen.get(table.type) ?? new Set<string>()) : undefined;
    if (keys) seen.set(table.type, keys);
    for (const row of table.rows()) {
      if (keys) {
        const identity = (IDENTITY[table.type] ?? []).map((p) => String(row.p?.[p] ?? ""));
        const key = [row.f, row.a, row.t, row.b, ...identity].join("\u0000");
        if (keys.has(key)) continue;
        keys.add(key);
      }
      yield { type: table.type, row };
    }
  }
}

function nodeProps(row: Props): Props {
  return { ...row, illustrative: true, bench: spec.name };
}

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

const work = mkdtempSync(join(tmpdir(), "lianhe-bench-bulk-"));
const dir = join(work, "csv");
const cleanUp = async (): Promise<void> => {
  await stopLocalNeo4j({ instance }).catch(() => undefined);
  for (const suffix of ["", ".password", ".pid"])
    rmSync(join(REPO_ROOT, ".neo4j", "data", `${instance}${suffix}`), { recursive: true, force: true });
};

try {
  await cleanUp();
  console.error(`writing the ${spec.name} graph as admin CSV to ${dir}…`);
  const csvStarted = performance.now();
  const manifest = await writeAdminFolder(dir, async (tmp) => {
    // Pass 1: the columns of each file.
    const nodeColumns = new Map<Label, ColumnSet>();
    for (const table of bench.nodes) {
      const set = nodeColumns.get(table.label) ?? new ColumnSet(table.label);
      nodeColumns.set(table.label, set);
      for (const row of table.rows()) set.observe(nodeProps(row));
    }
    const relColumns = new Map<string, { type: string; f: Label; t: Label; set: ColumnSet }>();
    for (const { type, row } of relationships(bench)) {
      const key = `${type}.${row.f}.${row.t}`;
      let entry = relColumns.get(key);
      if (!entry) relColumns.set(key, (entry = { type, f: row.f, t: row.t, set: new ColumnSet(type) }));
      if (row.p) entry.set.observe(row.p);
    }
    // Pass 2: the rows.
    const files: ManifestFile[] = [];
    let nodes = 0;
    let relationshipCount = 0;
    let multilineFields = false;
    const nodeFiles = new Map<Label, NodeFile>();
    for (const [label, set] of nodeColumns) {
      const file = new NodeFile(tmp, label, set);
      await file.header();
      nodeFiles.set(label, file);
    }
    for (const table of bench.nodes) {
      const file = nodeFiles.get(table.label)!;
      for (const row of table.rows()) await file.write(nodeProps(row));
    }
    for (const file of nodeFiles.values()) {
      multilineFields ||= file.multiline;
      const entry = await file.close();
      nodes += entry.rows;
      files.push(entry);
    }
    const relFiles = new Map<string, RelationshipFile>();
    for (const [key, { type, f, t, set }] of relColumns) {
      const file = new RelationshipFile(tmp, type, f, t, set);
      await file.header();
      relFiles.set(key, file);
    }
    for (const { type, row } of relationships(bench)) {
      await relFiles.get(`${type}.${row.f}.${row.t}`)!.write(row.a, row.b, row.p ?? {});
    }
    for (const file of relFiles.values()) {
      multilineFields ||= file.multiline;
      const entry = await file.close();
      relationshipCount += entry.rows;
      files.push(entry);
    }
    return { nodes, relationships: relationshipCount, multilineFields, files };
  });
  const csvSeconds = (performance.now() - csvStarted) / 1000;
  const megabytes = folderBytes(dir) / 1e6;
  console.error(
    `  ${manifest.nodes} nodes, ${manifest.relationships} relationships in ${manifest.files.length} files, ` +
      `${megabytes.toFixed(1)} MB, ${csvSeconds.toFixed(1)} s`,
  );

  const started = performance.now();
  const result = await bulkImport({
    dir,
    instance,
    port,
    portSetting: "--port",
    log: (line) => console.error(`  ${line}`),
  });
  const totalSeconds = (performance.now() - started) / 1000;
  const importSeconds = result.importMs / 1000;
  console.log(
    `bulk import, ${spec.name} graph (instance ${instance}, NEO4J_HEAP=${process.env["NEO4J_HEAP"] ?? "2g"})`,
  );
  console.log(`  nodes              ${result.nodes}`);
  console.log(`  relationships      ${result.relationships}`);
  console.log(`  properties         ${result.properties}`);
  console.log(`  admin CSV          ${csvSeconds.toFixed(1)} s, ${megabytes.toFixed(1)} MB`);
  console.log(`  importer (JVM)     ${importSeconds.toFixed(1)} s`);
  console.log(
    `  schema and checks  ${(result.migrateMs / 1000).toFixed(1)} s (${result.schemaStatements} statements)`,
  );
  console.log(`  bulk-import total  ${totalSeconds.toFixed(1)} s`);
  console.log(
    `  nodes/s            ${Math.round(result.nodes / importSeconds)} (importer), ${Math.round(result.nodes / totalSeconds)} (total)`,
  );
  console.log(
    `  rows/s             ${Math.round((result.nodes + result.relationships) / importSeconds)} (importer), ` +
      `${Math.round((result.nodes + result.relationships) / totalSeconds)} (total)`,
  );
} catch (error) {
  console.error(`bench:bulk-import: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
  await cleanUp();
}
