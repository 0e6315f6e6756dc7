/**
 * The hub's logger: JSON lines (pino) on stdout, one object per line, with `level`, `time` (ISO),
 * `msg` and the fields of the event. The level comes from HUB_LOG_LEVEL (default `info`); `main`
 * installs the configured logger at start, tests install one writing to a stream of their own.
 */
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger } from "pino";

/** The levels HUB_LOG_LEVEL accepts, most verbose first. */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function createLogger(level: LogLevel = "info", destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "lianhe-hub" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

function initialLevel(): LogLevel {
  const raw = process.env.HUB_LOG_LEVEL?.toLowerCase();
  return (LOG_LEVELS as readonly string[]).includes(raw ?? "") ? (raw as LogLevel) : "info";
}

let current: Logger = createLogger(initialLevel());

/** The process's logger (for code without a hub at hand: error formatting, event publishing). */
export function logger(): Logger {
  return current;
}

/** Installs `next` as the process's logger; returns the one it replaces. */
export function setLogger(next: Logger): Logger {
  const previous = current;
  current = next;
  return previous;
}
