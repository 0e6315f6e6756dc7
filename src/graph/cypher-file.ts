/**
 * Cypher files are shared by the API and the analysts: the hub runs the same text an analyst pastes
 * into Neo4j Browser. A file holds one or more statements separated by `;` at the end of a line;
 * `//` comment lines are the header (purpose, rules, `:param` examples, columns).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface CypherFile {
  path: string;
  /** The `//` comment lines at the top, without the slashes. */
  header: string[];
  /** Statements, without trailing semicolons, comments removed. */
  statements: string[];
}

export function parseCypher(text: string, path = "<inline>"): CypherFile {
  const header: string[] = [];
  const body: string[] = [];
  let inHeader = true;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith("//")) {
      if (inHeader) header.push(trimmed.replace(/^\/\/\s?/, ""));
      continue;
    }
    if (trimmed === "") {
      body.push("");
      continue;
    }
    inHeader = false;
    body.push(line);
  }
  const statements = body
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return { path, header, statements };
}

const cache = new Map<string, CypherFile>();

/** Reads (once) a Cypher file of the repository's cypher/ folder. */
export function loadCypherFile(path: string): CypherFile {
  let file = cache.get(path);
  if (!file) {
    file = parseCypher(readFileSync(path, "utf8"), path);
    cache.set(path, file);
  }
  return file;
}

/** The `.cypher` files of a folder, in name order (the numbered schema files rely on it). */
export function cypherFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".cypher"))
    .sort()
    .map((name) => join(dir, name));
}
