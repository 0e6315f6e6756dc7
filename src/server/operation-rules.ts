/**
 * Validation rules beyond graphql-js's own, applied by BOTH transports: Apollo on HTTP and the
 * graphql-ws server (ws.ts). Depth or cost limits belong here, so that neither path lacks them.
 */
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from "graphql";

export function operationRules(env: NodeJS.ProcessEnv = process.env): ValidationRule[] {
  return [
    // Apollo's own default, made explicit so the WebSocket path gets it too: no introspection in production.
    ...(env.NODE_ENV === "production" ? [NoSchemaIntrospectionCustomRule] : []),
  ];
}
