// The esbuild options every bundle of the engine shares (the build and the benchmark's entry):
// Node 20, CommonJS, clause templates inlined as text, micromark's constructs combined once.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const COMBINE = "combineExtensions([defaultConstructs, ...(settings.extensions || [])])";

/**
 * micromark's parse() combines its own constructs with the extensions (GFM) on every call,
 * and the engine parses a document chunk by chunk: about 50 µs a chunk, 20% of parsing a
 * short one. remark passes the same extension list to every call, so the combined
 * constructs (which micromark only reads) are kept per list.
 */
const combineConstructsOnce = {
  name: "combine-micromark-constructs-once",
  setup(build) {
    build.onLoad({ filter: /[\\/]micromark[\\/](?:dev[\\/])?lib[\\/]parse\.js$/ }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      if (!source.includes(COMBINE)) throw new Error(`${path} no longer calls ${COMBINE}: update scripts/esbuild-options.mjs`);
      const memo = [
        "const combinedFor = new WeakMap();",
        "function combineOnce(extensions) {",
        "  let combined = combinedFor.get(extensions);",
        "  if (!combined) combinedFor.set(extensions, (combined = combineExtensions([defaultConstructs, ...extensions])));",
        "  return combined;",
        "}",
      ].join("\n");
      return { contents: `${source.replace(COMBINE, "combineOnce(settings.extensions || [])")}\n${memo}\n`, loader: "js" };
    });
  },
};

export const bundleOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  legalComments: "none",
  loader: { ".md": "text" },
  logLevel: "warning",
  plugins: [combineConstructsOnce],
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
