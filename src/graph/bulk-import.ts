/**
 * Loading a whole graph offline into a local instance: Neo4j's own bulk importer
 * (`org.neo4j.cli.AdminTool database import full`, from the Maven jars the embedded engine already
 * runs on: neo4j-command-line and neo4j-import-tool are among its runtime dependencies), then the
 * schema of cypher/schema/ (as `db:migrate`) and a check of the counts.
 *
 *   1. The folder: the manifest of an admin CSV export (src/transfer/admin-csv.ts) names its files and
 *      their counts; without one, every *.csv is read by its header (`:ID` nodes, `:START_ID`
 *      relationships).
 *   2. The instance must be stopped (the importer writes store files; a running engine holds them),
 *      and its database empty unless `force` (a store that exists is opened once to count its nodes).
 *   3. The importer writes a new store into a staging home (.neo4j/import/<instance>), strict: one bad
 *      row, a duplicate key or a relationship to a missing node fails the import, and nothing changes.
 *   4. The new store and its transaction log replace the instance's (the old ones are kept aside),
 *      the instance starts, the schema is applied and the counts are compared with the importer's.
 *      Any failure there puts the old store back: the database is the old one or the whole new one.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, statSync } from "node:fs";
import { copyFile, mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { MANIFEST, type Manifest } from "../transfer/admin-csv.js";
import { Graph } from "./graph.js";
import {
  LocalNeo4jError,
  defaultLocalNeo4jPaths,
  describeRunning,
  installLocalNeo4j,
  startLocalNeo4j,
  statusLocalNeo4j,
  type LocalNeo4jHandle,
  type LocalNeo4jPaths,
} from "./local-neo4j.js";
import { JVM_FLAGS, SIZE_RE, heapFlags } from "./local-neo4j/jvm.js";
import { lastMeaningfulLine, tail } from "./local-neo4j/logs.js";
import { distDir, instanceFiles } from "./local-neo4j/paths.js";
import { javaCommand } from "./local-neo4j/toolchain.js";
import { applySchema } from "./migrate.js";

export const ADMIN_TOOL = "org.neo4j.cli.AdminTool";
/** The database the embedded engine serves (its default). */
export const DATABASE = "neo4j";

export interface BulkImportOptions {
  /** The folder of admin CSV files. */
  dir: string;
  instance: string;
  /** The Bolt port the instance is started on afterwards. */
  port: number;
  /** The setting that chose the port, for the busy-port message. */
  portSetting?: string;
  /** Replace a database that holds nodes. */
  force?: boolean;
  /** The importer's --max-off-heap-memory (e.g. 2g, 50%); default env NEO4J_IMPORT_MEMORY, else Neo4j's own. */
  memory?: string;
  paths?: LocalNeo4jPaths;
  log?: (line: string) => void;
}

export interface BulkImportResult {
  nodes: number;
  relationships: number;
  properties: number;
  /** The importer's JVM, start to exit. */
  importMs: number;
  /** Starting the instance, the schema and the counts. */
  migrateMs: number;
  schemaStatements: number;
  /** A database was there and has been replaced. */
  replaced: boolean;
  /** The importer's own output. */
  log: string;
}

export interface ImportFiles {
  nodes: string[];
  relationships: string[];
  manifest?: Manifest;
}

async function firstLine(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").split(/\r?\n/)[0] ?? "";
  } finally {
    await handle.close();
  }
}

/** The node and relationship files of a folder: from its manifest, or from the headers of its *.csv. */
export async function importFiles(dir: string): Promise<ImportFiles> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new LocalNeo4jError(`bulk-import: ${dir} is not a folder`);
  const manifestFile = join(dir, MANIFEST);
  if (existsSync(manifestFile)) {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(manifestFile, "utf8")) as Manifest;
    } catch (error) {
      throw new LocalNeo4jError(`bulk-import: ${manifestFile} is not JSON: ${(error as Error).message}`);
    }
    if (manifest.format !== "neo4j-admin-csv" || !Array.isArray(manifest.files))
      throw new LocalNeo4jError(`bulk-import: ${manifestFile} is not an admin CSV manifest`);
    const out: ImportFiles = { nodes: [], relationships: [], manifest };
    for (const entry of manifest.files) {
      const file = join(dir, basename(String(entry.file)));
      if (!existsSync(file))
        throw new LocalNeo4jError(`bulk-import: ${file}, named in ${MANIFEST}, is missing`);
      (entry.kind === "nodes" ? out.nodes : out.relationships).push(file);
    }
    if (out.nodes.length === 0) throw new LocalNeo4jError(`bulk-import: ${manifestFile} names no node file`);
    return out;
  }
  const out: ImportFiles = { nodes: [], relationships: [] };
  const csv = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv"))
    .sort();
  for (const name of csv) {
    const file = join(dir, name);
    const header = (await firstLine(file)).replace(/^\uFEFF/, "");
    if (/(^|,)"?:START_ID\b/.test(header) && /(^|,)"?:END_ID\b/.test(header)) out.relationships.push(file);
    else if (/(^|,)"?[^,]*:ID\b/.test(header)) out.nodes.push(file);
    else
      throw new LocalNeo4jError(
        `bulk-import: ${file} has no :ID or :START_ID/:END_ID column in its header; not an admin CSV file`,
      );
  }
  if (out.nodes.length === 0)
    throw new LocalNeo4jError(
      `bulk-import: ${dir} holds no node file (*.csv with an :ID column); write one with npm run export -- --format admin-csv DIR`,
    );
  return out;
}

/** The one-line reason of a failed import in the importer's output. */
export function importFailure(output: string): string | undefined {
  const lines = output.split(/\r?\n/).map((l) => l.trim());
  // After "IMPORT FAILED": the importer's own words, its hints apart (a bad row: "Error in input data").
  const failedAt = lines.findIndex((l) => l.startsWith("IMPORT FAILED"));
  if (failedAt >= 0) {
    const words = lines
      .slice(failedAt + 1)
      .filter(
        (l) =>
          l &&
          !/^(Run with '--verbose'|WARNING Import failed|Data statistics is not available|Peak memory usage)/.test(
            l,
          ),
      );
    if (words.length) return words.join(" ").slice(0, 400);
  }
  const said = lines.find(
    (l) => /^(Import error|Error|Invalid|Input error)\b.*:/i.test(l) && !/^Error: A fatal/.test(l),
  );
  const exception = lines.find((l) => /^[\w.$]+(Exception|Error): /.test(l));
  const line = said ?? exception?.replace(/^[\w.$]+(Exception|Error): /, "") ?? lastMeaningfulLine(output);
  return line && line.length > 400 ? `${line.slice(0, 397)}...` : line;
}

export function importedCounts(
  output: string,
): { nodes: number; relationships: number; properties: number } | undefined {
  const match = /Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties/.exec(output);
  if (!match) return undefined;
  return { nodes: Number(match[1]), relationships: Number(match[2]), properties: Number(match[3]) };
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  logFile: string,
): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const fd = openSync(logFile, "w");
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", fd, fd] });
    closeSync(fd);
    child.once("error", reject);
    child.once("exit", (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

async function countAll(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const result = await graph.read(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  const record = result.records[0]!;
  return { nodes: Number(record.get("nodes")), relationships: Number(record.get("rels")) };
}

async function withInstance<T>(
  opts: BulkImportOptions,
  paths: LocalNeo4jPaths,
  work: (graph: Graph, handle: LocalNeo4jHandle) => Promise<T>,
): Promise<T> {
  const handle = await startLocalNeo4j({
    paths,
    instance: opts.instance,
    boltPort: opts.port,
    attached: true,
    // A fresh store of millions of nodes on a busy machine: more than the usual 120 s to open.
    readyTimeoutMs: 600_000,
    ...(opts.portSetting ? { portSetting: opts.portSetting } : {}),
  });
  const graph = Graph.connect({ uri: handle.uri, username: handle.username, password: handle.password });
  try {
    return await work(graph, handle);
  } finally {
    await graph.close();
    await handle.stop();
  }
}

/** Moves a folder, creating the target's parent; a missing source is nothing to move. */
async function move(from: string, to: string): Promise<void> {
  if (!existsSync(from)) return;
  await mkdir(dirname(to), { recursive: true });
  await rm(to, { recursive: true, force: true });
  await rename(from, to);
}

export async function bulkImport(opts: BulkImportOptions): Promise<BulkImportResult> {
  const log = opts.log ?? (() => undefined);
  const paths = opts.paths ?? defaultLocalNeo4jPaths();
  const files = instanceFiles(paths, opts.instance);
  const dir = resolve(opts.dir);
  const memory = (opts.memory ?? process.env["NEO4J_IMPORT_MEMORY"] ?? "").trim();
  if (memory && !SIZE_RE.test(memory) && !/^\d{1,2}%$/.test(memory))
    throw new LocalNeo4jError(
      `bulk-import: invalid NEO4J_IMPORT_MEMORY "${memory}" (expected e.g. 2g or 50%)`,
    );
  const input = await importFiles(dir);
  const heap = heapFlags(process.env["NEO4J_HEAP"]);

  await installLocalNeo4j({ paths });
  const status = await statusLocalNeo4j({ paths, instance: files.instance });
  if (status.running) {
    throw new LocalNeo4jError(
      `bulk-import runs offline, but Neo4j instance "${files.instance}" is running (${describeRunning(status)}); stop it first`,
    );
  }

  const liveDb = join(files.home, "data", "databases", DATABASE);
  const liveTx = join(files.home, "data", "transactions", DATABASE);
  const hasStore = existsSync(join(liveDb, "neostore"));
  if (hasStore && !opts.force) {
    log(`opening the database of instance "${files.instance}" to see whether it is empty…`);
    const { nodes } = await withInstance(opts, paths, (graph) => countAll(graph));
    if (nodes > 0) {
      throw new LocalNeo4jError(
        `the database of instance "${files.instance}" holds ${nodes} nodes; bulk-import loads an empty database only: pass --force to replace it`,
      );
    }
  }

  // The importer runs in its own home, so that a failure leaves the instance as it was.
  const staging = join(paths.root, "import", files.instance);
  const home = join(staging, "home");
  const conf = join(staging, "conf");
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(home, "logs"), { recursive: true });
  await mkdir(conf, { recursive: true });
  await writeFile(
    join(conf, "neo4j.conf"),
    [
      `server.directories.data=${join(home, "data")}`,
      `server.directories.transaction.logs.root=${join(home, "data", "transactions")}`,
      `server.directories.logs=${join(home, "logs")}`,
      "",
    ].join("\n"),
  );
  const multiline = input.manifest ? input.manifest.multilineFields : true;
  const args = [
    ...heap,
    ...JVM_FLAGS,
    "-cp",
    join(distDir(paths), "lib", "*"),
    ADMIN_TOOL,
    "database",
    "import",
    "full",
    DATABASE,
    ...input.nodes.map((f) => `--nodes=${f}`),
    ...input.relationships.map((f) => `--relationships=${f}`),
    "--bad-tolerance=0",
    "--skip-bad-relationships=false",
    "--skip-duplicate-nodes=false",
    "--strict=true",
    `--multiline-fields=${multiline}`,
    ...(input.manifest ? [`--array-delimiter=${input.manifest.arrayDelimiter}`] : []),
    `--report-file=${join(home, "logs", "import.report")}`,
    ...(memory ? [`--max-off-heap-memory=${memory}`] : []),
  ];
  const importLog = join(home, "logs", "import.log");
  const keptLog = join(files.logs, "bulk-import.log");
  log(
    `importing ${input.nodes.length} node and ${input.relationships.length} relationship files from ${dir} (offline)…`,
  );
  const started = performance.now();
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf };
  const code = await run(javaCommand(), args, env, home, importLog);
  const importMs = Math.round(performance.now() - started);
  const output = await tail(importLog, 256 * 1024);
  await mkdir(files.logs, { recursive: true });
  await copyFile(importLog, keptLog).catch(() => undefined);
  const counts = importedCounts(output);
  if (code !== 0 || !counts) {
    await rm(staging, { recursive: true, force: true });
    throw new LocalNeo4jError(
      `bulk import failed: ${importFailure(output) ?? `exit code ${code}`}; the database is unchanged (log: ${keptLog})`,
    );
  }
  if (
    input.manifest &&
    (counts.nodes !== input.manifest.nodes || counts.relationships !== input.manifest.relationships)
  ) {
    await rm(staging, { recursive: true, force: true });
    throw new LocalNeo4jError(
      `bulk import read ${counts.nodes} nodes and ${counts.relationships} relationships, but ${MANIFEST} lists ${input.manifest.nodes} and ${input.manifest.relationships}; the database is unchanged`,
    );
  }

  // Swap the stores; the old ones stay aside until the new one has been opened and checked.
  const old = join(staging, "old");
  await move(liveDb, join(old, "db"));
  await move(liveTx, join(old, "tx"));
  await move(join(home, "data", "databases", DATABASE), liveDb);
  await move(join(home, "data", "transactions", DATABASE), liveTx);
  const migrateStarted = performance.now();
  try {
    log(`starting instance "${files.instance}" to apply the schema and check the counts…`);
    const { statements, found } = await withInstance(opts, paths, async (graph) => {
      const { statements } = await applySchema(graph);
      return { statements, found: await countAll(graph) };
    });
    if (found.nodes !== counts.nodes || found.relationships !== counts.relationships) {
      throw new LocalNeo4jError(
        `the imported database holds ${found.nodes} nodes and ${found.relationships} relationships, but the importer wrote ${counts.nodes} and ${counts.relationships}`,
      );
    }
    await rm(staging, { recursive: true, force: true });
    return {
      ...counts,
      importMs,
      migrateMs: Math.round(performance.now() - migrateStarted),
      schemaStatements: statements,
      replaced: hasStore,
      log: keptLog,
    };
  } catch (error) {
    // Put the old store back (none: the database is empty again, as before).
    await rm(liveDb, { recursive: true, force: true });
    await rm(liveTx, { recursive: true, force: true });
    await move(join(old, "db"), liveDb);
    await move(join(old, "tx"), liveTx);
    await rm(staging, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new LocalNeo4jError(`bulk import rolled back, the database is unchanged: ${reason}`);
  }
}
