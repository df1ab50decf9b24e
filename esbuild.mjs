// The build: `node esbuild.mjs` bundles the CLI, the language server and the VS Code extension
// with esbuild, each one self-contained file in dist/ (clause templates inlined as text). The
// CLI and the server lint on worker threads: dist/lint-worker.js, started through tinypool's
// entry in dist/tinypool/. Imported as a module it only gives its options, which the benchmark
// and the tests that bundle a server of their own share.
import { build } from "esbuild";
import { chmodSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

// What every bundle of the engine shares: Node 20, CommonJS, clause templates inlined as text.
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

const executables = [
  { entryPoints: ["server/cli/main.ts"], outfile: "dist/cli.js" },
  { entryPoints: ["server/lsp/main.ts"], outfile: "dist/server.js" },
];

async function buildAll() {
  await Promise.all([
    ...executables.map((entry) =>
      build({ ...bundleOptions, ...poolHostOptions, ...entry, banner: { js: `#!/usr/bin/env node\n${POOL_HOST_BANNER}` } }),
    ),
    build({ ...bundleOptions, entryPoints: ["server/worker/lint-worker.ts"], outfile: "dist/lint-worker.js" }),
    build({ ...bundleOptions, ...tinypoolEntry("dist") }),
    build({ ...bundleOptions, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
  ]);
  for (const { outfile } of executables) chmodSync(outfile, 0o755);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildAll();
