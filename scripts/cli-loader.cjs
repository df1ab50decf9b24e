#!/usr/bin/env node
// dist/cli.js, the `alliance-lint` executable: it runs the CLI's bundle (dist/cli-bundle.js)
// with V8's code cache (dist/cli-bundle.js.cache), so a one-file run does not compile the
// 1 MB bundle and its lint functions again. The cache is written by the build
// (scripts/build-code-cache.cjs), never at run time; V8 checks it against the source and
// its own version and flags, and compiles from source when it does not match.
"use strict";
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");

// Regular expressions are compiled to machine code on their first use rather than first to
// bytecode: V8 optimises the bytecode of the vocabularies' large alternations slowly (a one-plan
// run spent ~100 ms there, ~40 ms compiling them to machine code). Set before the bundle is
// compiled: the code cache is checked against V8's flags. The language server does the same.
v8.setFlagsFromString("--no-regexp-tier-up");

const BUNDLE = path.join(__dirname, "cli-bundle.js");
const CACHE = `${BUNDLE}.cache`;

/** The bundle compiled as Node compiles a CommonJS module, with the cache when there is one. */
function compile(useCache) {
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CACHE);
    } catch {
      // No cache (a build without one): compile from source.
    }
  }
  return new vm.Script(Module.wrap(readFileSync(BUNDLE, "utf8")), {
    filename: BUNDLE,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
}

/** Run the compiled bundle as the main module would run. */
function run(script) {
  const bundle = new Module(BUNDLE, module);
  bundle.filename = BUNDLE;
  bundle.paths = module.paths;
  script.runInThisContext()(bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, __dirname);
}

if (require.main === module) run(compile(true));
else module.exports = { compile, run, CACHE };
