/** A message (code and parameters) in words, in the language asked for. */
import { isMessageCode, MESSAGE_CODES, type Message, type Templates } from "./codes.js";
import { EN } from "./en.js";
import { ZH } from "./zh.js";

export type Language = "ZH" | "EN";
export const LANGUAGES: readonly Language[] = ["ZH", "EN"];
export const TEMPLATES: Readonly<Record<Language, Templates>> = { EN, ZH };

export function render(message: Message, language: Language): string {
  return TEMPLATES[language][message.code](message.params);
}

/** The language of an `Accept-Language` header: ZH when it starts with `zh`, else EN (the default). */
export function languageOfHeader(header: string | readonly string[] | undefined | null): Language {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === "string" && /^\s*zh/i.test(value) ? "ZH" : "EN";
}

export * from "./codes.js";

/** The message of a Cypher row's `reasonCode` and `reasonParams` columns (a file that lacks them is a bug). */
export function messageOf(code: unknown, params: unknown): Message {
  if (!isMessageCode(code)) throw new Error(`unknown message code ${String(code)}`);
  const given = params && typeof params === "object" ? (params as Record<string, unknown>) : {};
  const out: Record<string, string | number | null> = {};
  // in the order codes.ts names them (a Cypher map's keys come in no set order)
  for (const name of MESSAGE_CODES[code]) {
    const value = given[name];
    out[name] =
      value === undefined || value === null
        ? null
        : typeof value === "number" || typeof value === "string"
          ? value
          : String(value);
  }
  return { code, params: out };
}
