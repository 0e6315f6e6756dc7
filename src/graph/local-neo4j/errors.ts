/** The one error type of the local Neo4j: a failure meant for the user, in one line. */

/** A failure meant for the user: the message is a single line. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*[\r\n]+\s*/g, " ").trim());
    this.name = "LocalNeo4jError";
  }
}

export function isErrnoException(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && "code" in e;
}
