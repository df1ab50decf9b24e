// The esbuild options every bundle of the engine shares (the build and the benchmark's entry):
// Node 20, CommonJS, clause templates inlined as text, micromark's constructs combined once.
import { readFile } from "node:fs/promises";

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
