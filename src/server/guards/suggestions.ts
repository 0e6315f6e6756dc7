/**
 * "Did you mean …?" hints of graphql-js name fields, arguments, types and enum values: hidden in
 * production (they reveal the schema to whoever probes it while introspection is off), on both
 * transports (`hideSuggestions` is applied to every error message before it is formatted).
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function hideSuggestions(message: string): string {
  return message.replace(SUGGESTION, "");
}

export function suggestionsHidden(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production";
}
