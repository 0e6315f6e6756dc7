/**
 * The console's GraphQL client: queries and mutations over HTTP at /graphql, subscriptions over
 * graphql-ws at the same path. Each request carries the UI language (Accept-Language: the hub's
 * reasons and messages come back in it) and the bearer token when there is one; a new client is made
 * when either changes (App.tsx), which also drops the cache of answers in the other language.
 */
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from "urql";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";

export const GRAPHQL_PATH = "/graphql";

export interface ConsoleClient {
  client: Client;
  dispose(): void;
}

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}${GRAPHQL_PATH}`;
}

export function makeClient(options: { token: string | null; acceptLanguage: string }): ConsoleClient {
  const authorization = options.token ? `Bearer ${options.token}` : undefined;
  let ws: WsClient | undefined;
  const socket = () =>
    (ws ??= createWsClient({
      url: wsUrl(),
      lazy: true,
      retryAttempts: 5,
      connectionParams: authorization ? { authorization } : {},
    }));
  const client = new Client({
    url: GRAPHQL_PATH,
    requestPolicy: "cache-and-network",
    // POST, never GET: the hub's CSRF prevention refuses a GET query that carries no preflight header.
    preferGetMethod: false,
    fetchOptions: () => ({
      headers: {
        "accept-language": options.acceptLanguage,
        ...(authorization ? { authorization } : {}),
      },
    }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? "" };
          return {
            subscribe(sink) {
              const unsubscribe = socket().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, dispose: () => void ws?.dispose() };
}
