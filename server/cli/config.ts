/** Config for the CLI: the shared ConfigLoader (as the language server uses), plus `--rule`. */
import path from "node:path";
import type { ResolvedConfig } from "../config/types";
import type { SeveritySetting } from "../engine/rule";
import type { Options } from "./args";
import { ConfigLoader } from "../config/load-config";
import { RULE_IDS, ruleDefaults } from "../../rules";

export class CliConfig {
  readonly loader: ConfigLoader;

  constructor(
    private readonly options: Options,
    cwd: string,
  ) {
    this.loader = new ConfigLoader({
      cwd,
      configFile: options.configFile === undefined ? undefined : path.resolve(cwd, options.configFile),
      ruleDefaults: ruleDefaults(),
      knownRules: [...RULE_IDS],
      // The CLI runs in the user's own checkout, so its config files (and templates) are trusted.
      trusted: true,
    });
  }

  /** The config for one file, `--rule` applied last. Throws ConfigError. */
  forFile(filePath: string): ResolvedConfig {
    return withRuleSeverities(this.loader.forFile(filePath), this.options.rules);
  }
}

/** `--rule id:severity` changes the severity and keeps the rule's configured options. */
function withRuleSeverities(config: ResolvedConfig, severities: Record<string, SeveritySetting>): ResolvedConfig {
  const entries = Object.entries(severities);
  if (entries.length === 0) return config;
  const rules = { ...config.rules };
  for (const [id, severity] of entries) rules[id] = { severity, options: config.rules[id]?.options ?? {} };
  return { ...config, rules };
}
