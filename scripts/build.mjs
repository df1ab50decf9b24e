// Bundles the CLI, the language server and the VS Code extension with esbuild: each is one
// self-contained file in dist/ (clause templates are inlined as text). The CLI and the server
// lint on worker threads: dist/lint-worker.js, started through tinypool's entry in dist/tinypool/.
// The schema validators are generated first (build-validators.mjs).
import { build } from "esbuild";
import { chmodSync } from "node:fs";
import { bundleOptions as common, POOL_HOST_BANNER, poolHostOptions, tinypoolEntry } from "./esbuild-options.mjs";
import { writeValidators } from "./build-validators.mjs";

writeValidators();

const executables = [
  { entryPoints: ["server/cli/main.ts"], outfile: "dist/cli.js" },
  { entryPoints: ["server/lsp/main.ts"], outfile: "dist/server.js" },
];

await Promise.all([
  ...executables.map((entry) =>
    build({ ...common, ...poolHostOptions, ...entry, banner: { js: `#!/usr/bin/env node\n${POOL_HOST_BANNER}` } }),
  ),
  build({ ...common, entryPoints: ["server/worker/lint-worker.ts"], outfile: "dist/lint-worker.js" }),
  build({ ...common, ...tinypoolEntry("dist") }),
  build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
]);
for (const { outfile } of executables) chmodSync(outfile, 0o755);
