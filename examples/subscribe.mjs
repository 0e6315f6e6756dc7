// Follows the hub's live events over GraphQL-over-WebSocket (graphql-ws), printing one JSON line each.
//
//   node examples/subscribe.mjs                 # changes and status changes of every lab
//   node examples/subscribe.mjs lab-mmwave-ic   # of one lab
//
// HUB_URL (default http://127.0.0.1:4000/graphql) and, when the hub has auth, HUB_TOKEN (a JWT;
// VIEWER suffices for these two subscriptions, layoutAlerts needs PLANNER). Ctrl-C stops.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const url = (process.env.HUB_URL ?? "http://127.0.0.1:4000/graphql").replace(/^http/, "ws");
const token = process.env.HUB_TOKEN;
const id = process.argv[2] ?? null;

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  // Called at each (re)connection: a client holding a refreshable token would fetch it here.
  connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
  on: {
    connected: () => console.error(`connected to ${url}${id ? `, following ${id}` : ""}`),
    closed: (event) => event.code !== 1000 && console.error(`closed: ${event.code} ${event.reason}`),
  },
});

const subscriptions = {
  labChanged: `subscription ($id: ID) {
    labChanged(id: $id) { labId change fields actor at changeId lab { name status } }
  }`,
  applicationStatusChanged: `subscription ($id: ID) {
    applicationStatusChanged(id: $id) { labId from to actor at reason }
  }`,
};

async function follow(name, query) {
  for await (const result of client.iterate({ query, variables: { id } })) {
    console.log(JSON.stringify(result.errors ? { [name]: { errors: result.errors } } : result.data));
  }
}

process.once("SIGINT", () => {
  client.dispose();
  process.exit(0);
});
await Promise.all(Object.entries(subscriptions).map(([name, query]) => follow(name, query))).catch(
  (error) => {
    console.error(`subscription failed: ${error?.message ?? error?.reason ?? JSON.stringify(error)}`);
    process.exit(1);
  },
);
