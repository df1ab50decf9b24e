// End to end with Neovim's built-in LSP client (Debian's neovim, headless): for each plan of
// test/e2e/workspace/, test/e2e/neovim/lsp-e2e.lua starts `alliance-lint-server --stdio`,
// waits for the diagnostics, applies the missing-exit-clause code action and checks that the
// diagnostic goes away. The buffer after the fix must equal the engine's fixText restricted
// to missing-exit-clause. Then the document symbols: the plan's sections under its title,
// each named with the element it is when its title says it in other words.
//
// `alliance-lint-server` is the package's bin: a temp folder on PATH holds a link named so to
// dist/server.js, as npm would install it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO, DIST_SERVER, PLANS, EXIT_RULE, copyWorkspace, requireFile, log } from "./lib/common.mjs";
import { fixOnly } from "./lib/engine.mjs";

const NVIM = process.env.ALLIANCE_E2E_NVIM || "nvim";
const LUA = path.join(REPO, "test", "e2e", "neovim", "lsp-e2e.lua");
const state = {};

/** Symbols each fixed plan must show (line, nesting, name): its objective, and the exit section the fix inserted. */
const SYMBOLS = {
  ja: [/^SYMBOL 3 {3}提携の目的$/m, /^SYMBOL \d+ {3}\S.* — 出口条項$/m],
  en: [/^SYMBOL 3 {3}Purpose — Objective$/m, /^SYMBOL \d+ {3}\S.* — Exit clause$/m],
};

before(() => {
  requireFile(DIST_SERVER, "run npm run build");
  const version = spawnSync(NVIM, ["--version"], { encoding: "utf8" });
  if (version.error || version.status !== 0) {
    throw new Error(`Neovim (${NVIM}) is not installed: apt-get install -y neovim (scripts/e2e/install-code-server.sh does, as root)`);
  }
  log(version.stdout.split("\n")[0]);
  Object.assign(state, copyWorkspace("alliance-lint-neovim-e2e-"));
  state.bin = path.join(state.dir, "bin");
  fs.mkdirSync(state.bin);
  fs.symlinkSync(DIST_SERVER, path.join(state.bin, "alliance-lint-server"));
  fs.chmodSync(DIST_SERVER, 0o755);
});

after(() => {
  if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
});

for (const plan of PLANS) {
  test(
    `Neovim: ${plan.lang} plan ${plan.file}: diagnostics, the exit-clause code action, document symbols`,
    { timeout: 60000 },
    async () => {
      const file = path.join(state.ws, plan.file);
      const original = fs.readFileSync(file, "utf8");
      const out = path.join(state.dir, `${plan.file}.after`);
      const started = Date.now();
      const run = spawnSync(NVIM, ["--headless", "--clean", "-c", `luafile ${LUA}`, file], {
        cwd: state.ws,
        encoding: "utf8",
        timeout: 50000,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          PATH: `${state.bin}${path.delimiter}${process.env.PATH}`,
          ALLIANCE_E2E_RULE: EXIT_RULE,
          ALLIANCE_E2E_OUT: out,
          // keep Neovim's own state (shada, log) out of the home folder
          XDG_STATE_HOME: path.join(state.dir, "state"),
          XDG_DATA_HOME: path.join(state.dir, "data"),
          XDG_CACHE_HOME: path.join(state.dir, "cache"),
        },
      });
      const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim();
      log(`nvim on ${plan.file} (${Date.now() - started} ms, exit ${run.status}):\n${output}`);
      assert.equal(run.error, undefined, `nvim failed to run: ${run.error}`);
      assert.equal(run.status, 0, `nvim exited ${run.status}`);
      assert.match(output, /^PASS$/m);
      assert.match(output, new RegExp(`^DIAG .* ${EXIT_RULE} `, "m"));
      assert.match(output, /^SYMBOL 1 \S/m, "the plan's title is the outline's root");
      for (const symbol of SYMBOLS[plan.lang]) assert.match(output, symbol);
      // the file itself is untouched (the script never writes it), the buffer was fixed
      assert.equal(fs.readFileSync(file, "utf8"), original);
      const fixed = fs.readFileSync(out, "utf8");
      assert.equal(fixed, await fixOnly(original, file, EXIT_RULE), "the buffer after the code action equals the engine's fix");
    },
  );
}
