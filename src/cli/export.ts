/**
 * `npm run export -- [--format xlsx|csv|json|graphml|cypher|admin-csv] [--lab ID [--hops N]] FILE`: the graph
 * (or a joint lab's neighbourhood, N hops, default 1) written to FILE (csv: a folder, one file per label and
 * relationship type; admin-csv: a folder for `npm run neo4j -- bulk-import`). `--template FILE.xlsx`: the empty workbook an import reads. `--report FILE.xlsx`:
 * the planners' report (coverage gaps, duplicate layouts, collaboration opportunities, compliance).
 * Reads NEO4J_URI, or the local Neo4j (started for the export when none runs).
 */
import "reflect-metadata";
import { Command, InvalidArgumentError, Option } from "commander";
import { loadConfig } from "../config.js";
import { ExportError, MAX_HOPS } from "../transfer/read-graph.js";
import { FORMATS, exportGraph, formatOf, writeTemplate, type Format } from "../transfer/export.js";
import { writeReport } from "../transfer/report.js";
import { fail, withGraph } from "./run.js";

function hops(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > MAX_HOPS)
    throw new InvalidArgumentError(`expected a whole number from 0 to ${MAX_HOPS}`);
  return n;
}

interface Options {
  format?: Format;
  lab?: string;
  hops?: number;
  template?: boolean;
  report?: boolean;
}

const program = new Command("export")
  .description("Export the graph, a lab's neighbourhood, the import template or the planners' report")
  .argument("<file>", "the file to write (for --format csv and admin-csv: a folder)")
  .addOption(new Option("--format <format>", "the format (default: from FILE's extension)").choices(FORMATS))
  .option("--lab <id>", "only the neighbourhood of this joint lab")
  .option("--hops <n>", "hops from the lab (default 1)", hops)
  .addOption(
    new Option("--template", "write the empty workbook of every label and relationship type").conflicts([
      "lab",
      "hops",
      "report",
    ]),
  )
  .addOption(new Option("--report", "write the planners' report (xlsx)").conflicts(["lab", "hops", "format"]))
  .showHelpAfterError()
  .action(async (file: string, options: Options) => {
    if (options.hops !== undefined && options.lab === undefined) program.error("error: --hops needs --lab");
    if (options.report) {
      if (formatOf(file) !== "xlsx") program.error("error: the report is a workbook: FILE must end in .xlsx");
      await withGraph("export", async (graph) => {
        const started = performance.now();
        const counts = await writeReport(graph, file, {
          weights: loadConfig().opportunityWeights,
          source: file,
        });
        console.log(
          `export: report ${file}: ${counts.gaps} coverage gaps, ${counts.duplicateGroups} duplicate groups, ` +
            `${counts.opportunities} opportunities, ${counts.labs} labs (${counts.checks} checks) in ${Math.round(performance.now() - started)} ms`,
        );
      });
      return;
    }
    const format = options.format ?? formatOf(file);
    if (!format)
      return program.error(`error: cannot tell the format of ${file}: give --format (${FORMATS.join(", ")})`);
    if (options.template) {
      if (format !== "xlsx" && format !== "csv") return program.error("error: --template writes xlsx or csv");
      await writeTemplate(format, file);
      console.log(`export: template ${file}`);
      return;
    }
    await withGraph("export", async (graph) => {
      try {
        const result = await exportGraph(graph, format, file, { lab: options.lab, hops: options.hops });
        console.log(
          `export: ${format} ${file}: ${result.nodes} nodes, ${result.relationships} relationships ` +
            `(read ${result.readMs} ms, written ${result.writeMs} ms)`,
        );
      } catch (error) {
        if (error instanceof ExportError) {
          console.error(`export: ${error.message}`);
          process.exitCode = 1;
          return;
        }
        throw error;
      }
    });
  });

try {
  await program.parseAsync();
} catch (error) {
  fail(error, "export");
}
