// Writes dist/cli-bundle.js.cache (see scripts/cli-loader.cjs): compiles the CLI's bundle,
// lints one Japanese, one English and one YAML fixture with it in this process (output
// discarded), and saves V8's code for every function that ran. Run by esbuild.mjs in a child
// process: `node scripts/build-code-cache.cjs`.
"use strict";
const { readdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { compile, run, CACHE } = require("../dist/cli.js");

const ROOT = path.resolve(__dirname, "..");
const first = (dir, ext) => {
  const name = readdirSync(path.join(ROOT, dir)).find((f) => f.endsWith(ext));
  return name ? [path.join(ROOT, dir, name)] : [];
};
const samples = [...first("fixtures/ja", ".md"), ...first("fixtures/en", ".md"), ...first("fixtures/en", ".yaml")];

const script = compile(false);
process.argv = [process.argv[0], path.join(ROOT, "dist", "cli.js"), ...samples];
process.stdout.write = () => true;
process.on("exit", () => {
  writeFileSync(CACHE, script.createCachedData());
  // Findings in the samples set exit code 1; the cache is what this run is for.
  process.exitCode = 0;
});
run(script);
