/**
 * Validation rules beyond graphql-js's own, applied by BOTH transports: Apollo on HTTP and the
 * graphql-ws server (ws.ts): no introspection in production, and the depth, alias and directive
 * limits (guards/shape-rules.ts). The token limit is the parser's and the cost needs the
 * variables: both are applied by each transport too (guards/tokens.ts, guards/cost.ts).
 */
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from "graphql";
import { loadConfig, type LimitsConfig } from "../config.js";
import { shapeRules } from "./guards/shape-rules.js";

export function operationRules(
  env: NodeJS.ProcessEnv = process.env,
  limits: LimitsConfig = loadConfig({}).limits,
): ValidationRule[] {
  return [
    // Apollo's own default, made explicit so the WebSocket path gets it too: no introspection in production.
    ...(env.NODE_ENV === "production" ? [NoSchemaIntrospectionCustomRule] : []),
    ...shapeRules(limits),
  ];
}
