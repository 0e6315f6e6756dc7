/** Input values → Neo4j parameters, by the model's property types (dates, 64-bit integers). */
import neo4j from "neo4j-driver";
import { DATE_PROPERTIES, INTEGER_PROPERTIES } from "../domain/model.js";
import { toNeo4jDate } from "../graph/values.js";
import { UserError } from "./user-error.js";

/** Properties to SET: undefined is left out (unchanged), null removes the property. */
export function toParams(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (value === null) out[name] = null;
    else if (DATE_PROPERTIES.has(name)) {
      try {
        out[name] = toNeo4jDate(String(value));
      } catch {
        throw new UserError("VALIDATION", `${name} must be a date (YYYY-MM-DD)`, name);
      }
    } else if (INTEGER_PROPERTIES.has(name)) {
      if (typeof value !== "number" || !Number.isSafeInteger(value))
        throw new UserError("VALIDATION", `${name} must be an integer`, name);
      out[name] = neo4j.int(value);
    } else out[name] = value;
  }
  return out;
}
