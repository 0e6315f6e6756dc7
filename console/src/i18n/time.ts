/**
 * A moment as planners read it: the province's own clock (China Standard Time, UTC+8), to the second,
 * "2026-12-03 16:49:11", whichever language the console shows and wherever the browser runs. The API
 * keeps the exact ISO-8601 text; this is only how it is shown (and exported from the console's tables).
 */
const PROVINCE_CLOCK = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export function provinceTime(at: string | null | undefined): string {
  if (!at) return "";
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime())) return at;
  const part = Object.fromEntries(PROVINCE_CLOCK.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}
