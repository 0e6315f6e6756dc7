/**
 * Neo4j values → plain JavaScript, deliberately: 64-bit integers become numbers when safe
 * (amounts in CNY are integers well below 2^53), temporal values become ISO strings.
 */
import neo4j from "neo4j-driver";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans: answer them before the driver's type checks.
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`integer ${value.toString()} exceeds 2^53`);
    return value.toNumber();
  }
  if (typeof value === "bigint") return Number(value);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}

export type NodeProps = Record<string, Plain>;

/** Properties of a node or map as a plain record. */
export function toProps(value: unknown): NodeProps {
  const plain = toPlain(value);
  if (plain === null || typeof plain !== "object" || Array.isArray(plain)) return {};
  return plain;
}

/**
 * The same as toProps for a map the driver has just decoded (and nobody else holds): its values are
 * converted in place, without copying the map — the read path decodes thousands of them per request.
 */
export function ownProps(value: unknown): NodeProps {
  if (
    value === null ||
    typeof value !== "object" ||
    Array.isArray(value) ||
    Object.getPrototypeOf(value) !== Object.prototype
  ) {
    return toProps(value);
  }
  const map = value as Record<string, unknown>;
  for (const key in map) {
    const v = map[key];
    if (v !== null && typeof v === "object") map[key] = toPlain(v);
    else if (typeof v === "bigint") map[key] = Number(v);
    else if (v === undefined) map[key] = null;
  }
  return map as NodeProps;
}

/** An ISO date string (YYYY-MM-DD) → a Neo4j date parameter. */
export function toNeo4jDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
}
