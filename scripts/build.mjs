// Bundles the CLI, the language server and the VS Code extension with esbuild: each is one
// self-contained file in dist/ (clause templates are inlined as text).
import { build } from "esbuild";
import { chmodSync } from "node:fs";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  legalComments: "none",
  loader: { ".md": "text" },
  logLevel: "warning",
};

const executables = [
  { entryPoints: ["server/cli/main.ts"], outfile: "dist/cli.js" },
  { entryPoints: ["server/lsp/main.ts"], outfile: "dist/server.js" },
];

await Promise.all([
  ...executables.map((entry) => build({ ...common, ...entry, banner: { js: "#!/usr/bin/env node" } })),
  build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
]);
for (const { outfile } of executables) chmodSync(outfile, 0o755);
