// The project's own engine and rule metadata, loaded from the TypeScript sources for the e2e
// tests: esbuild (a devDependency) bundles a tiny entry into a temporary CommonJS file.
// Used to read a rule's rationale (the hover text) and to compute, independently of the
// language server, what the exit-clause fix must produce.
import { build } from "esbuild";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

let loaded;

/**
 * { RULES, ruleById, lintText, fixText, defaultConfig(baseDir), and the new plan's
 * BUILT_IN_TEMPLATES, scaffoldPlan, clientTexts } from the sources.
 */
export async function loadEngine() {
  if (loaded) return loaded;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alliance-lint-e2e-engine-"));
  const outfile = path.join(dir, "engine.cjs");
  let mod;
  try {
    await build({
      stdin: {
        contents: [
          'export { RULES, ruleById } from "./rules";',
          'export { lintText, fixText } from "./server/engine/engine";',
          // what "New alliance plan…" writes
          'export { BUILT_IN_TEMPLATES } from "./rules/templates";',
          'export { scaffoldPlan } from "./client/src/scaffold";',
          'export { clientTexts } from "./client/src/client-texts";',
        ].join("\n"),
        resolveDir: REPO,
        sourcefile: "e2e-engine-entry.ts",
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      loader: { ".md": "text" },
      outfile,
      logLevel: "error",
    });
    mod = createRequire(import.meta.url)(outfile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  loaded = {
    ...mod,
    /** A ResolvedConfig with every rule at its default and no team templates. */
    defaultConfig: (baseDir = REPO) => ({
      rules: {},
      headings: {},
      templates: [],
      include: [],
      ignore: [],
      locale: "auto",
      files: [],
      baseDir,
    }),
  };
  return loaded;
}

/** The text after applying only `ruleId`'s fixes, as the engine's fixText computes it. */
export async function fixOnly(text, filePath, ruleId) {
  const engine = await loadEngine();
  const rule = engine.ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return engine.fixText(text, { filePath, config: engine.defaultConfig(path.dirname(filePath)), rules: [rule] }).output;
}
