/**
 * Config discovery exactly as the CLI does it (ConfigLoader), one loader per workspace
 * folder and config-file setting, so a plan lints the same in the editor and in CI.
 */
import path from "node:path";
import { ConfigLoader } from "../config/load-config";
import { ConfigError, type ResolvedConfig } from "../config/types";
import { ruleDefaults } from "../../rules";
import type { Rule } from "../engine/rule";
import type { Settings } from "./protocol";

/** The settings that change a config: a config file instead of discovery, and rule severities under it. */
export type ConfigSettings = Pick<Settings, "configFile" | "rules"> & Partial<Pick<Settings, "include">>;

export type Resolution = { config: ResolvedConfig; error?: undefined } | { error: ConfigError; config?: undefined };

export class ConfigService {
  private readonly loaders = new Map<string, ConfigLoader>();
  private folders: string[] = [];

  constructor(
    private readonly trusted: boolean,
    private readonly rules: readonly Rule[],
  ) {}

  setFolders(folders: string[]): void {
    // Longest first: a nested folder wins over its parent.
    this.folders = [...folders].sort((a, b) => b.length - a.length);
    this.loaders.clear();
  }

  get workspaceFolders(): string[] {
    return this.folders;
  }

  /** The folder a file belongs to: the CLI's cwd in CI. Files outside any use their own directory. */
  cwdFor(filePath: string): string {
    return (
      this.folders.find((f) => filePath === f || filePath.startsWith(f.endsWith(path.sep) ? f : f + path.sep)) ?? path.dirname(filePath)
    );
  }

  loaderFor(cwd: string, settings: ConfigSettings, trusted = this.trusted): ConfigLoader {
    const { configFile } = settings;
    const known = this.rules.map((r) => r.meta.id);
    // Only rules that exist: a setting for another version's rule is no error.
    const baseRules = Object.fromEntries(Object.entries(settings.rules).filter(([id]) => known.includes(id)));
    const extraInclude = settings.include ?? [];
    const key = `${cwd}\0${configFile}\0${trusted}\0${JSON.stringify(baseRules)}\0${JSON.stringify(extraInclude)}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new ConfigLoader({
        cwd,
        configFile: configFile ? path.resolve(cwd, configFile) : undefined,
        ruleDefaults: ruleDefaults(),
        baseRules,
        extraInclude,
        knownRules: known,
        trusted,
      });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  resolve(filePath: string, settings: ConfigSettings): Resolution {
    try {
      return { config: this.loaderFor(this.cwdFor(filePath), settings).forFile(filePath) };
    } catch (error) {
      if (error instanceof ConfigError) return { error };
      throw error;
    }
  }

  /** The built-in defaults for a file: an untrusted loader reads no config file. */
  defaultsFor(filePath: string): ResolvedConfig {
    return this.loaderFor(this.cwdFor(filePath), { configFile: "", rules: {} }, false).forFile(filePath);
  }

  /** A config, extended or template file changed on disk. */
  invalidate(): void {
    for (const loader of this.loaders.values()) loader.invalidate();
  }

  /** Settings changed (config-file setting): start over. */
  reset(): void {
    this.loaders.clear();
  }
}
