/**
 * The console's two dictionaries have the same keys and no empty text, and every key the console's
 * code asks for (t("…") with a literal) is in them. Read as text: the console is built by Vite, not
 * by the hub's TypeScript project.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabStatus } from "../../src/domain/enums.js";
import { LABELS, RELATIONSHIPS } from "../../src/domain/model.js";
import { ROLE_ORDER } from "../../src/domain/roles.js";
import { CHANGE_ACTIONS } from "../../src/editing/audit.js";
import { LAYOUT_ALERT_KINDS } from "../../src/events/types.js";
import { REPO_ROOT } from "../../src/graph/paths.js";
import { LABEL_ZH, REL_ZH } from "../../src/transfer/names-zh.js";

const SOURCE = join(REPO_ROOT, "console", "src");

function entries(language: "zh" | "en"): Map<string, string> {
  const text = readFileSync(join(SOURCE, "i18n", `${language}.ts`), "utf8");
  const found = new Map<string, string>();
  for (const match of text.matchAll(/^\s*"([\w.-]+)":\s*\n?\s*"((?:[^"\\]|\\.)*)",?$/gm))
    found.set(match[1]!, match[2]!);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the console's dictionaries", () => {
  const zh = entries("zh");
  const en = entries("en");

  it("have the same keys, each with a text", () => {
    expect(zh.size).toBeGreaterThan(20);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of [...zh, ...en]) expect(text.trim(), key).not.toBe("");
  });

  it("are Chinese in zh.ts: every page title has Han characters", () => {
    for (const [key, text] of zh) if (key.startsWith("nav.")) expect(text, key).toMatch(/\p{Script=Han}/u);
  });

  it("know every key the console asks for", () => {
    const missing: string[] = [];
    for (const file of sources(SOURCE)) {
      const code = readFileSync(file, "utf8");
      for (const match of code.matchAll(/\bt\(\s*"([\w.-]+)"/g))
        if (!zh.has(match[1]!)) missing.push(`${match[1]} (${file.slice(REPO_ROOT.length + 1)})`);
    }
    expect(missing).toEqual([]);
  });

  it("name every sheet of the import workbook as the workbook's own Chinese names do", () => {
    // The import page shows a problem's sheet as JointLab（联合实验室）: the same words as the template.
    for (const label of LABELS) expect(zh.get(`sheet.${label}`), label).toBe(LABEL_ZH[label]);
    for (const type of Object.keys(RELATIONSHIPS) as (keyof typeof REL_ZH)[])
      expect(zh.get(`sheet.${type}`), type).toBe(REL_ZH[type]);
  });

  it("name every value of the API's enums the console shows (tEnum), so none reads as a raw code", () => {
    const shown: Record<string, readonly string[]> = {
      action: CHANGE_ACTIONS,
      "live.kind": [...CHANGE_ACTIONS, ...LAYOUT_ALERT_KINDS],
      alert: LAYOUT_ALERT_KINDS,
      role: ROLE_ORDER,
      status: Object.values(LabStatus),
      severity: ["HIGH", "MEDIUM", "LOW"],
    };
    const missing = Object.entries(shown).flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((key) => !zh.has(key) || !en.has(key)),
    );
    expect(missing).toEqual([]);
  });
});
