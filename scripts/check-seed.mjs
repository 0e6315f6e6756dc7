// The seed check CI runs: the generator, run into a temporary folder, reproduces the committed JSON
// byte for byte (no file missing, none extra, none different), and the checker passes on it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const seed = join(dirname(fileURLToPath(import.meta.url)), "..", "seeds", "jiangsu");
const out = mkdtempSync(join(tmpdir(), "lianhe-seed-"));
const problems = [];
try {
  execFileSync(process.execPath, [join(seed, "generate.mjs"), "--out", out], { stdio: "ignore" });
  for (const dir of ["nodes", "rels"]) {
    const committed = new Set(readdirSync(join(seed, dir)));
    const generated = new Set(readdirSync(join(out, dir)));
    for (const f of generated) {
      if (!committed.has(f)) problems.push(`${dir}/${f}: generated but not committed`);
      else if (!readFileSync(join(seed, dir, f)).equals(readFileSync(join(out, dir, f))))
        problems.push(`${dir}/${f}: differs from what generate.mjs writes`);
    }
    for (const f of committed)
      if (!generated.has(f)) problems.push(`${dir}/${f}: committed but not generated`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(
    `seed: the committed JSON is not what seeds/jiangsu/generate.mjs writes:\n  ${problems.join("\n  ")}`,
  );
  process.exit(1);
}
console.log("seed: generate.mjs reproduces the committed JSON byte for byte");
execFileSync(process.execPath, [join(seed, "check.mjs")], { stdio: "inherit" });
