/**
 * The layers that apply to one directory (farthest config first, nearest last), resolved for
 * the files in it. Per layer its settings apply, then its overrides that match the file, so a
 * nearer config beats a farther one's overrides. Files matching the same overrides share one
 * ResolvedConfig (and so one template store in the engine).
 */
import picomatch from "picomatch";
import type { ClauseTemplate, SeveritySetting } from "../engine/rule";
import type { ConfigLayer } from "./config-layers";
import type { ConfigOverride, ResolvedConfig } from "./types";
import { ALWAYS_IGNORE, DEFAULT_INCLUDE, matchPath, rebaseGlob } from "./globs";
import { applySettings, defaultSettings } from "./rule-settings";

type Shared = Omit<ResolvedConfig, "rules" | "vocabulary" | "locale" | "elements">;

export class ConfigChain {
  private readonly shared: Shared;
  /** Per layer, per override: does it apply to a path relative to the layer's globBase? */
  private readonly overrideTests: ((p: string) => boolean)[][];
  private readonly resolved = new Map<string, ResolvedConfig>();

  constructor(
    private readonly layers: readonly ConfigLayer[],
    baseDir: string,
    private readonly ruleDefaults: Record<string, SeveritySetting>,
    private readonly baseRules: Record<string, SeveritySetting> = {},
    extraInclude: readonly string[] = [],
  ) {
    this.shared = sharedSettings(layers, baseDir, extraInclude);
    this.overrideTests = layers.map((l) => (l.config.overrides ?? []).map(overrideTest));
  }

  resolve(filePath: string): ResolvedConfig {
    const matched = this.layers.map((l, i) => {
      const relative = matchPath(filePath, l.globBase);
      return this.overrideTests[i].flatMap((test, j) => (test(relative) ? [j] : []));
    });
    const key = matched.map((indices) => indices.join(",")).join(";");
    let config = this.resolved.get(key);
    if (!config) {
      // The editor's settings are under every config file: a required element still turns on a rule they leave off.
      let settings = applySettings(defaultSettings(this.ruleDefaults), { rules: this.baseRules }, "warn");
      this.layers.forEach((l, i) => {
        // A rule a preset leaves off (recommended's checklist rules) runs at warn where a plan requires its element.
        settings = applySettings(settings, l.config, l.preset && "warn");
        for (const j of matched[i]) settings = applySettings(settings, l.config.overrides![j]);
      });
      config = { ...settings, ...this.shared };
      this.resolved.set(key, config);
    }
    return config;
  }
}

/** What does not depend on overrides: computed once per chain. */
function sharedSettings(layers: readonly ConfigLayer[], baseDir: string, extraInclude: readonly string[]): Shared {
  const rebased = (l: ConfigLayer, globs: string[]) => globs.map((g) => rebaseGlob(g, l.globBase, baseDir));
  const includer = layers.findLast((l) => l.config.include);
  return {
    templates: mergeTemplates(layers),
    // The nearest include wins; ignores add up (a farther "never lint these" still holds).
    include: [...(includer ? rebased(includer, includer.config.include!) : DEFAULT_INCLUDE), ...extraInclude],
    ignore: [...ALWAYS_IGNORE, ...layers.flatMap((l) => rebased(l, l.config.ignore ?? []))],
    files: [...new Set(layers.flatMap((l) => (l.file ? [l.file] : [])))],
    baseDir,
  };
}

/** One template per name and language: the nearest layer's. */
function mergeTemplates(layers: readonly ConfigLayer[]): ClauseTemplate[] {
  const byKey = new Map<string, ClauseTemplate>();
  for (const t of layers.flatMap((l) => l.templates)) byKey.set(`${t.name}\0${t.lang}`, t);
  return [...byKey.values()];
}

function overrideTest(override: ConfigOverride): (p: string) => boolean {
  const files = picomatch([override.files].flat(), { dot: true });
  const excluded = override.excludedFiles ? picomatch([override.excludedFiles].flat(), { dot: true }) : () => false;
  return (p) => files(p) && !excluded(p);
}
