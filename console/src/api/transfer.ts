/**
 * The hub's file routes, called with the signed-in token: the two downloads (GET /import/template,
 * GET /report.xlsx) saved as the hub names them, and the upload (POST /import), a dry run or the
 * import itself. The hub answers an upload with its report (200, or 422 with problems) or refuses it
 * with a coded JSON error (400, 401, 403, 413): both come back as values, never thrown.
 */

export const TEMPLATE_PATH = "/import/template";
export const REPORT_PATH = "/report.xlsx";
export const IMPORT_PATH = "/import";

/** The file types an import reads (the hub refuses other names). */
export const IMPORT_TYPES = [".xlsx", ".csv", ".json"] as const;

export interface ImportProblem {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  code: string;
  message: string;
  messageZh: string;
}

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  rows?: number;
  problems: ImportProblem[];
  counts?: { nodes: Record<string, ImportCounts>; relationships: Record<string, ImportCounts> };
  changes?: number;
  written: boolean;
  alerts?: unknown[];
  ms?: number;
}

/** A refusal of the hub: its HTTP status, code and (English) message. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

export type Answer<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

function headers(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function refusalOf(response: Response): Promise<Refusal> {
  try {
    const body = (await response.json()) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    };
    const first = body.errors?.[0];
    return {
      status: response.status,
      code: first?.extensions?.code ?? `HTTP_${response.status}`,
      message: first?.message ?? response.statusText,
    };
  } catch {
    return { status: response.status, code: `HTTP_${response.status}`, message: response.statusText };
  }
}

const networkRefusal = (error: unknown): Refusal => ({
  status: 0,
  code: "NETWORK",
  message: error instanceof Error ? error.message : String(error),
});

/** The name in `Content-Disposition`: filename*=UTF-8''… first, else filename="…". */
export function dispositionName(header: string | null, fallback: string): string {
  const star = header && /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      // a malformed encoding: the plain name below
    }
  }
  const plain = header && /filename="([^"]+)"/i.exec(header);
  return plain ? plain[1]! : fallback;
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a workbook of the hub and saves it under the hub's name; answers that name. */
export async function download(path: string, token: string | null): Promise<Answer<string>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: headers(token) });
  } catch (error) {
    return { ok: false, refusal: networkRefusal(error) };
  }
  if (!response.ok) return { ok: false, refusal: await refusalOf(response) };
  const name = dispositionName(response.headers.get("content-disposition"), path.split("/").pop()!);
  save(await response.blob(), name);
  return { ok: true, value: name };
}

/** Whether the hub would take a file of this name (its extension). */
export function importable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_TYPES.some((type) => lower.endsWith(type));
}

/** Uploads a file: a dry run, or the import. A report with problems (422) is a report, not a refusal. */
export async function upload(
  file: File,
  dryRun: boolean,
  token: string | null,
): Promise<Answer<ImportReport>> {
  const query = new URLSearchParams({ dryRun: String(dryRun), name: file.name });
  let response: Response;
  try {
    response = await fetch(`${IMPORT_PATH}?${query}`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", ...headers(token) },
      body: file,
    });
  } catch (error) {
    return { ok: false, refusal: networkRefusal(error) };
  }
  if (response.status === 200 || response.status === 422) {
    const body = (await response.json()) as ImportReport & { errors?: unknown };
    if (Array.isArray(body.problems)) return { ok: true, value: body };
  }
  return { ok: false, refusal: await refusalOf(response) };
}
