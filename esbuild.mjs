// The build: `node esbuild.mjs` bundles the CLI, the language server and the VS Code extension
// with esbuild, each one self-contained file in dist/ (clause templates inlined as text). The
// CLI and the server lint on worker threads: dist/lint-worker.js, started through tinypool's
// entry in dist/tinypool/. The schema validators are generated first (scripts/build-validators.mjs).
// Imported as a module it only gives its options, which the benchmark and the tests that bundle
// a server of their own share.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeValidators } from "./scripts/build-validators.mjs";

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
    build.onLoad({ filter: /[\\/]micromark[\\/](?:dev[\\/])?lib[\\/]parse\.js$/ }, async ({ path: file }) => {
      const source = await readFile(file, "utf8");
      if (!source.includes(COMBINE)) throw new Error(`${file} no longer calls ${COMBINE}: update esbuild.mjs`);
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

/** A character outside ASCII, with the backslash that may escape it. */
const NON_ASCII = /\\?[\u0080-\uffff]/g;

/** Is the backslash at `at` itself escaped (an odd run of backslashes before it)? */
function escapedAt(text, at) {
  let before = 0;
  while (text[at - 1 - before] === "\\") before++;
  return before % 2 === 1;
}

/** `match` (at `at` in `text`) written as a \uXXXX escape, an identity escape's backslash dropped. */
function asciiEscape(match, at, text) {
  const char = match.at(-1);
  const slash = match.length > 1 && escapedAt(text, at) ? "\\" : "";
  return `${slash}\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

const asciiOutput = {
  name: "ascii-output",
  setup(build) {
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      const root = build.initialOptions.absWorkingDir ?? process.cwd();
      for (const output of Object.keys(result.metafile?.outputs ?? {}).filter((f) => f.endsWith(".js"))) {
        const file = path.resolve(root, output);
        const text = readFileSync(file, "utf8");
        const ascii = text.replace(NON_ASCII, (match, at) => asciiEscape(match, at, text));
        if (ascii !== text) writeFileSync(file, ascii);
      }
    });
  },
};

// What every bundle of the engine shares: Node 20, CommonJS, clause templates inlined as text,
// micromark's constructs combined once, ASCII only.
export const bundleOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  legalComments: "none",
  loader: { ".md": "text" },
  logLevel: "warning",
  plugins: [combineConstructsOnce, asciiOutput],
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

// The CLI's bundle is run by dist/cli.js (scripts/cli-loader.cjs) with V8's code cache.
const executables = [
  { entryPoints: ["server/cli/main.ts"], outfile: "dist/cli-bundle.js", shebang: "" },
  { entryPoints: ["server/lsp/main.ts"], outfile: "dist/server.js", shebang: "#!/usr/bin/env node\n" },
];

async function buildAll() {
  writeValidators();
  await Promise.all([
    ...executables.map(({ shebang, ...entry }) =>
      build({ ...bundleOptions, ...poolHostOptions, ...entry, banner: { js: `${shebang}${POOL_HOST_BANNER}` } }),
    ),
    build({ ...bundleOptions, entryPoints: ["server/worker/lint-worker.ts"], outfile: "dist/lint-worker.js" }),
    build({ ...bundleOptions, ...tinypoolEntry("dist") }),
    build({ ...bundleOptions, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
  ]);
  chmodSync("dist/server.js", 0o755);
  copyFileSync("scripts/cli-loader.cjs", "dist/cli.js");
  chmodSync("dist/cli.js", 0o755);
  writeCodeCache();
}

/** dist/cli-bundle.js.cache, written by a run of the CLI (scripts/build-code-cache.cjs). */
function writeCodeCache() {
  rmSync("dist/cli-bundle.js.cache", { force: true });
  const run = spawnSync(process.execPath, ["scripts/build-code-cache.cjs"], { stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0 || !existsSync("dist/cli-bundle.js.cache")) throw new Error("esbuild.mjs: the CLI's code cache was not written");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildAll();
