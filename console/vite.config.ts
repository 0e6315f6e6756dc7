// The planners' console: built once into dist/console, which the hub serves at / (src/server/console.ts).
// `npx vite --config console/vite.config.ts` serves it with hot reload and proxies /graphql and the file
// routes (/import, /import/template, /report.xlsx) to a hub started with `npm start` (PORT, default 4000).
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const hub = `http://127.0.0.1:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../dist/console", import.meta.url)),
    emptyOutDir: true,
    // antd and ECharts are large however they are cut; the pages load lazily around them.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      "/graphql": { target: hub, ws: true },
      "/import": { target: hub },
      "/report.xlsx": { target: hub },
    },
  },
});
