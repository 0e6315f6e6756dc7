/**
 * `npm run import -- FILE… [--dry-run] [--json] [--max-bytes N]`: imports workbooks (.xlsx), CSV files
 * (UTF-8 or GBK; a folder of them as the export writes it) and JSON exports into the graph: each file in
 * one transaction, all or nothing, idempotent, audited as `import:<file name>`. A dry run reports the
 * problems and what would change, and writes nothing. `--template FILE.xlsx` writes the empty workbook
 * (as `npm run export -- --template`). The command line acts as the local ADMIN (it holds the database's
 * credentials). Exit code 1 when a file has problems or cannot be read.
 */
import "reflect-metadata";
import cliProgress from "cli-progress";
import { Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../config.js";
import { Role } from "../domain/roles.js";
import { createEventBus } from "../events/bus.js";
import type { Label } from "../domain/model.js";
import { importFile, type FileReport, type Phase } from "../import/import.js";
import { importLimits } from "../import/limits.js";
import { ImportFileError } from "../import/problem.js";
import { reportText } from "../import/report.js";
import { formatOf, writeTemplate } from "../transfer/export.js";
import { fail, withGraph } from "./run.js";

interface Options {
  dryRun?: boolean;
  json?: boolean;
  template?: string;
  maxBytes?: number;
}

function bytes(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0)
    throw new InvalidArgumentError("expected a whole number of bytes > 0");
  return n;
}

/** A progress bar with rows/s on a terminal; nothing otherwise. */
function progress(enabled: boolean) {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: "{phase} {file} {value} rows | {rate} rows/s", clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  let phaseStarted = 0;
  let current: Phase | undefined;
  return {
    update(file: string, phase: Phase, done: number) {
      const now = performance.now();
      if (!started) bar.start(0, 0, { phase, file, rate: 0 });
      if (!started || phase !== current) phaseStarted = now;
      started ||= now;
      current = phase;
      const rate = Math.round(done / Math.max(0.001, (now - phaseStarted) / 1000));
      bar.setTotal(Math.max(done, 1));
      bar.update(done, { phase, file, rate });
    },
    stop() {
      if (started) bar.stop();
      started = 0;
    },
  };
}

const program = new Command("import")
  .description("Import workbooks, CSV files and JSON exports into the graph (or check them: --dry-run)")
  .argument("[files...]", "the files to import (.xlsx, .csv, .json, or a folder of .csv files)")
  .option("--dry-run", "check and report, write nothing")
  .option("--json", "print the reports as JSON")
  .option("--max-bytes <n>", "the largest file accepted (default 50 MB, or HUB_IMPORT_MAX_BYTES)", bytes)
  .option("--template <file>", "write the empty import workbook (xlsx) and stop")
  .showHelpAfterError()
  .action(async (files: string[], options: Options) => {
    if (options.template) {
      if (formatOf(options.template) !== "xlsx")
        program.error("error: --template writes a workbook: FILE.xlsx");
      await writeTemplate("xlsx", options.template);
      console.log(`import: template ${options.template}`);
      return;
    }
    if (!files.length) program.error("error: name at least one file to import");
    let limits;
    try {
      limits = importLimits(options.maxBytes);
    } catch (error) {
      program.error(`error: ${(error as Error).message}`);
    }
    const config = loadConfig();
    await withGraph("import", async (graph) => {
      const events = await createEventBus(config);
      const bar = progress(process.stdout.isTTY === true && !options.json);
      const pending = new Map<Label, Set<string>>();
      const reports: FileReport[] = [];
      try {
        for (const path of files) {
          let report: FileReport;
          try {
            report = await importFile(graph, path, {
              dryRun: !!options.dryRun,
              role: Role.ADMIN,
              limits: limits!,
              events,
              pending,
              onProgress: (phase, done) => bar.update(path, phase, done),
            });
          } catch (error) {
            bar.stop();
            if (!(error instanceof ImportFileError)) throw error;
            console.error(`import: ${error.message}`);
            process.exitCode = 1;
            continue;
          }
          bar.stop();
          reports.push(report);
          if (report.problems.length) process.exitCode = 1;
          if (!options.json) {
            const text = reportText(report);
            (report.problems.length ? console.error : console.log)(text);
          }
        }
        if (options.json) console.log(JSON.stringify(reports, null, 1));
      } finally {
        await events.close();
      }
    });
  });

try {
  await program.parseAsync();
} catch (error) {
  fail(error, "import");
}
