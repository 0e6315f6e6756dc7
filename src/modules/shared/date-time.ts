/**
 * The `DateTime` scalar: an ISO-8601 date-time with its offset, passed through as stored. The audit
 * trail's timestamps carry Neo4j's sub-millisecond digits (2026-12-03T08:49:40.123456789Z) and the trail
 * is ordered by them, so the text is not reparsed, truncated to milliseconds or moved to UTC (which a
 * generic date-time scalar does): a front-end gets exactly what the graph holds and can send it back as
 * `since`. Output: a stored string (checked), a Neo4j DateTime or a JS Date. Input: a string that is an
 * ISO-8601 date-time with an offset, else BAD_USER_INPUT.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import neo4j from "neo4j-driver";
import { excerpt } from "./errors.js";

/** Date, time to the minute (seconds and up to 9 fraction digits optional), offset Z or ±hh:mm. */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const daysIn = (year: number, month: number) =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** Whether `text` is an ISO-8601 date-time with an offset, with a real date and time. */
export function isIsoDateTime(text: string): boolean {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const offsetOk = m[7] === undefined || (Number(m[8]) <= 18 && Number(m[9]) <= 59);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetOk
  );
}

const EXAMPLE = "2026-11-01T08:00:00+08:00";

/** How an error message shows a value it refuses: a string by a short excerpt, else its kind. */
const shown = (value: unknown) =>
  typeof value === "string" ? excerpt(value) : value === null ? "null" : typeof value;

function refused(what: string): GraphQLError {
  return new GraphQLError(
    `DateTime must be an ISO-8601 date-time with an offset (e.g. ${EXAMPLE} or 2026-11-01T00:00:00Z), got ${what}`,
    { extensions: { code: "BAD_USER_INPUT", scalar: "DateTime" } },
  );
}

function parse(value: unknown): string {
  if (typeof value !== "string" || !isIsoDateTime(value)) throw refused(shown(value));
  return value;
}

/** The text of a stored timestamp: a string as it is, a Neo4j DateTime as Neo4j writes it, a Date in UTC. */
function serialize(value: unknown): string {
  let text: string | null = null;
  if (typeof value === "string") text = value;
  else if (value instanceof Date && !Number.isNaN(value.getTime())) text = value.toISOString();
  else if (neo4j.isDateTime(value as object)) text = String(value).replace(/\[[^\]]+\]$/, ""); // a zone id after the offset
  if (text === null || !isIsoDateTime(text))
    throw new GraphQLError(`DateTime cannot represent ${shown(value)}`);
  return text;
}

export const DateTime = new GraphQLScalarType<string, string>({
  name: "DateTime",
  description:
    "日期时间（ISO-8601，含时区偏移，按存储原样） — An ISO-8601 date-time with its offset (e.g. 2026-12-03T08:49:40.123456789Z), as stored: sub-millisecond digits and the offset are kept, never converted",
  serialize,
  parseValue: parse,
  parseLiteral(ast: ValueNode): string {
    if (ast.kind !== Kind.STRING) throw refused(`a literal of kind ${ast.kind}`);
    return parse(ast.value);
  },
});
