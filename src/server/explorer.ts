/**
 * The query explorer: GraphiQL served from the hub's own npm packages, so it works with no internet
 * access (government networks often have none). GET /graphql from a browser shows it.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Request, Response, Router } from "express";
import express from "express";

const require = createRequire(import.meta.url);
const ASSETS: Record<string, string> = {
  "react.js": join(dirname(require.resolve("react")), "umd", "react.production.min.js"),
  "react-dom.js": join(dirname(require.resolve("react-dom")), "umd", "react-dom.production.min.js"),
  "graphiql.js": require.resolve("graphiql/graphiql.min.js"),
  "graphiql.css": require.resolve("graphiql/graphiql.min.css"),
};

const EXAMPLE = `# Lianhe Hub: the joint-lab collaboration network of Jiangsu
{
  jointLabs(first: 5) {
    totalCount
    edges {
      node {
        name
        status
        leadUniversity { name }
        directions {
          name
          disciplines { code name }
          leadingEnterprises { name }
        }
      }
    }
  }
}
`;

function page(endpoint: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Lianhe Hub · GraphQL explorer</title>
<link rel="stylesheet" href="/explorer/graphiql.css">
<style>html,body,#explorer{height:100%;margin:0}</style>
</head>
<body>
<div id="explorer">Loading the explorer…</div>
<script src="/explorer/react.js"></script>
<script src="/explorer/react-dom.js"></script>
<script src="/explorer/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById("explorer")).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)}, defaultEditorToolsVisibility: true })
  );
</script>
</body>
</html>`;
}

/** Routes: the explorer's page (GET /graphql asking for HTML) and its static assets. */
export function explorerRouter(path: string): Router {
  const router = express.Router();
  router.get("/explorer/:asset", (req: Request, res: Response) => {
    const file = ASSETS[String(req.params.asset)];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: "1d" });
  });
  router.get(path, (req, res, next) => {
    // Browsers ask for text/html; GraphQL clients using GET ask for JSON and go on to the API.
    if (req.accepts(["application/json", "application/graphql-response+json", "text/html"]) !== "text/html")
      return next();
    if (req.query.query !== undefined) return next();
    res.type("html").send(page(path));
  });
  router.get("/", (_req, res) => res.redirect(path));
  return router;
}
