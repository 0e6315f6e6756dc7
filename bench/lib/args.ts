/** The benchmark scripts' command line: `--name value` options, `--flag` switches and the `--scale`. */
import { SCALES, isScaleName, type ScaleSpec } from "./generator.js";

const argv = process.argv.slice(2);

/** The value after `--name`, or the fallback when the option is absent; an option without a value is an error. */
export function option(name: string, fallback: string): string {
  const index = argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = argv[index + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
  return value;
}

export function flag(name: string): boolean {
  return argv.includes(`--${name}`);
}

/** `--scale` (default province); an unknown scale ends the process with one line. */
export function scaleOption(): ScaleSpec {
  const name = option("scale", "province");
  if (!isScaleName(name)) {
    console.error(`unknown scale "${name}": use province or nation`);
    process.exit(1);
  }
  return SCALES[name];
}
