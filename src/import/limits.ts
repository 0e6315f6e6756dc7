/**
 * The bounds an import holds a file to, before it parses anything: its size, and for a workbook (a zip)
 * the sizes its central directory declares — so that a zip bomb is refused from its table of contents.
 */

export interface ImportLimits {
  /** Largest file, in bytes (default 50 MB; `--max-bytes`, `HUB_IMPORT_MAX_BYTES`). */
  maxBytes: number;
  /** Largest total uncompressed size a workbook may declare (default 20 × maxBytes). */
  maxUncompressedBytes: number;
  /** Largest compression ratio of one entry bigger than 1 MB uncompressed (default 100, as Apache POI's 0.01). */
  maxRatio: number;
  /** Most entries in a workbook's zip (default 10,000). */
  maxEntries: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function importLimits(maxBytes?: number, env: NodeJS.ProcessEnv = process.env): ImportLimits {
  const fromEnv = env.HUB_IMPORT_MAX_BYTES ? Number(env.HUB_IMPORT_MAX_BYTES) : undefined;
  const bytes = maxBytes ?? fromEnv ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(bytes) || bytes <= 0)
    throw new RangeError(`the import size limit must be a whole number of bytes > 0, got ${String(bytes)}`);
  return { maxBytes: bytes, maxUncompressedBytes: 20 * bytes, maxRatio: 100, maxEntries: 10_000 };
}

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
