/**
 * A cell → the value of a property of the model's type (model.ts PropertyType), as the export writes
 * them: text, whole numbers, numbers, dates as text `YYYY-MM-DD` (an Excel date cell is accepted too),
 * booleans TRUE/FALSE (also true/false, 是/否, 1/0), an enum's value. An empty cell is `undefined`: the
 * property is left as it is.
 */
import type { PropertyType } from "../domain/model.js";
import type { CellValue } from "./source.js";

export type Typed = string | number | boolean;

export type Coerced = { value: Typed | undefined } | { en: string; zh: string };

const TRUE = new Set(["true", "是", "1", "yes", "y"]);
const FALSE = new Set(["false", "否", "0", "no", "n"]);

function isoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

export function coerce(cell: CellValue, type: PropertyType): Coerced {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === ""))
    return { value: undefined };
  if (typeof cell === "object" && !(cell instanceof Date)) return { en: "a formula", zh: "公式" };
  if (Array.isArray(type)) {
    const text = String(cell).trim();
    if ((type as readonly string[]).includes(text)) return { value: text };
    return { en: `must be one of ${type.join(", ")}`, zh: `取值应为 ${type.join("、")} 之一` };
  }
  switch (type) {
    case "string":
      if (cell instanceof Date) return { value: cell.toISOString().slice(0, 10) };
      if (typeof cell === "boolean") return { en: "must be text", zh: "应为文本" };
      return { value: typeof cell === "number" ? String(cell) : cell };
    case "integer": {
      const n = typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.trim()) : NaN;
      if (Number.isSafeInteger(n)) return { value: n };
      return { en: "must be a whole number", zh: "应为整数" };
    }
    case "float": {
      const n = typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.trim()) : NaN;
      if (Number.isFinite(n)) return { value: n };
      return { en: "must be a number", zh: "应为数字" };
    }
    case "date": {
      if (cell instanceof Date && !Number.isNaN(cell.getTime()))
        return { value: cell.toISOString().slice(0, 10) };
      const text = String(cell).trim();
      if (isoDate(text)) return { value: text };
      return { en: "must be a date written YYYY-MM-DD", zh: "日期应写作 YYYY-MM-DD" };
    }
    case "boolean": {
      if (typeof cell === "boolean") return { value: cell };
      const text = String(cell).trim().toLowerCase();
      if (TRUE.has(text)) return { value: true };
      if (FALSE.has(text)) return { value: false };
      return { en: "must be TRUE or FALSE", zh: "应为 TRUE（是）或 FALSE（否）" };
    }
  }
  return { value: String(cell) };
}
