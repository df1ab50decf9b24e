// The esbuild options every bundle of the engine shares (the build and the benchmark's entry):
// Node 20, CommonJS, clause templates inlined as text.
import { createRequire } from "node:module";
import path from "node:path";

export const bundleOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  legalComments: "none",
  loader: { ".md": "text" },
  logLevel: "warning",
};

// Bundles that run lint jobs on worker threads. tinypool starts its workers from its own
// entry file, found from its module's URL (import.meta.url + "/../entry/worker.js"); a
// CommonJS bundle has no import.meta, so the bundle places tinypool in tinypool/ beside it
// and tinypoolEntry(outdir) builds that entry there.
export const POOL_HOST_BANNER =
  'const __tinypoolUrl = require("node:url").pathToFileURL(require("node:path").join(__dirname, "tinypool", "index.js")).href;';
export const poolHostOptions = { define: { "import.meta.url": "__tinypoolUrl" } };

export function tinypoolEntry(outdir) {
  const tinypool = path.dirname(createRequire(import.meta.url).resolve("tinypool"));
  return { entryPoints: [path.join(tinypool, "entry", "worker.js")], outfile: path.join(outdir, "tinypool", "entry", "worker.js") };
}
