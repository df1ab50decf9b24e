/** What the CLI says about an argument that yielded no plan: nothing there, or files no include glob takes in. */
import path from "node:path";
import type { Missing } from "../config/find-plan-files";
import type { ConfigLoader } from "../config/load-config";
import { toPosix } from "../config/globs";
import { cliTexts } from "./cli-texts";
import type { Lang } from "../engine/model";

/** Where a config is created when none applies: discovery finds it from every file below cwd. */
const NEW_CONFIG = ".alliance-lint.yaml";

export function noPlansMessage(missing: Missing, loader: ConfigLoader, cwd: string, locale: Lang): string {
  const texts = cliTexts(locale);
  const [first] = missing.notPlans;
  if (first === undefined || missing.root === undefined) return texts.noFilesMatching(missing.pattern);
  const config = loader.forFile(first);
  const configFile = config.files.at(-1) ?? path.join(cwd, NEW_CONFIG);
  const dir = toPosix(path.relative(path.dirname(configFile), missing.root));
  const extensions = [...new Set(missing.notPlans.map((file) => path.extname(file).slice(1).toLowerCase()))].sort();
  return texts.noPlansIn({
    pattern: missing.pattern,
    files: missing.notPlans.length,
    include: config.include,
    configFile: toPosix(path.relative(cwd, configFile)) || NEW_CONFIG,
    glob: `${dir ? `${dir}/` : ""}**/*.${extensions.length > 1 ? `{${extensions.join(",")}}` : extensions[0]}`,
  });
}
