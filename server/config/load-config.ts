/**
 * Configuration for a file, the same for the CLI and the language server: discovered config
 * files (nearest wins, `root: true` stops the search) or one explicit `--config` file, with
 * their extends, overrides and team templates. Nothing is read from disk when not trusted.
 */
import path from "node:path";
import type { SeveritySetting } from "../engine/rule";
import type { ResolvedConfig } from "./types";
import { ConfigChain } from "./config-chain";
import { ConfigDiscovery } from "./config-discovery";
import { ConfigFiles } from "./config-files";
import { configLayers } from "./config-layers";
import { rebaseGlob } from "./globs";

export interface LoadOptions {
  cwd: string;
  /** An explicit config file (`--config`): replaces discovery; its globs are relative to cwd. */
  configFile?: string;
  /** Default severity of every rule: the recommended preset. */
  ruleDefaults: Record<string, SeveritySetting>;
  /**
   * Severities over the defaults and under every config file (the editor's settings): a rule
   * a config sets, itself or through `extends`, a preset or an override, keeps the config's.
   */
  baseRules?: Record<string, SeveritySetting>;
  /** More plan globs, relative to cwd, added to the include the config files resolve to (the editor's settings). */
  extraInclude?: string[];
  /** When given, rule ids outside this list are config errors. */
  knownRules?: string[];
  /** false: no config or team templates are read from disk (VS Code restricted mode). */
  trusted?: boolean;
}

export class ConfigLoader {
  private readonly files: ConfigFiles;
  private readonly discovery: ConfigDiscovery;
  /** Chains by their config files, and by directory. */
  private readonly chains = new Map<string, ConfigChain>();
  private readonly byDir = new Map<string, ConfigChain>();
  /** The --config file, absolute; undefined when discovering (or when not trusted). */
  private readonly explicitFile: string | undefined;
  private readonly cwd: string;

  constructor(private readonly options: LoadOptions) {
    this.files = new ConfigFiles(options.knownRules);
    this.discovery = new ConfigDiscovery(this.files);
    this.cwd = path.resolve(options.cwd);
    const trusted = options.trusted !== false;
    this.explicitFile = trusted && options.configFile ? path.resolve(this.cwd, options.configFile) : undefined;
  }

  /** The effective config for a file; throws ConfigError. */
  forFile(filePath: string): ResolvedConfig {
    const absolute = path.resolve(this.cwd, filePath);
    return this.chainFor(path.dirname(absolute)).resolve(absolute);
  }

  /** A config, extended or template file changed (or appeared): forget it and every chain. */
  invalidate(file?: string): void {
    this.files.invalidate(file === undefined ? undefined : path.resolve(this.cwd, file));
    this.discovery.invalidate();
    this.chains.clear();
    this.byDir.clear();
  }

  private chainFor(dir: string): ConfigChain {
    let chain = this.byDir.get(dir);
    if (!chain) {
      const configFiles = this.configFilesFor(dir);
      const key = configFiles.join("\0");
      chain = this.chains.get(key) ?? this.buildChain(configFiles);
      this.chains.set(key, chain);
      this.byDir.set(dir, chain);
    }
    return chain;
  }

  /** Farthest first. */
  private configFilesFor(dir: string): string[] {
    if (this.options.trusted === false) return [];
    if (this.explicitFile) return [this.explicitFile];
    return this.discovery.configFilesFor(dir);
  }

  /** Globs are relative to the outermost config's directory, or cwd without one or with --config. */
  private buildChain(configFiles: string[]): ConfigChain {
    const { cwd } = this;
    const { ruleDefaults, baseRules = {}, extraInclude = [] } = this.options;
    const explicit = this.explicitFile !== undefined;
    const baseDir = explicit || configFiles.length === 0 ? cwd : path.dirname(configFiles[0]);
    const layers = configFiles.flatMap((file) =>
      configLayers(this.files.get(file), explicit ? cwd : path.dirname(file), this.files, ruleDefaults),
    );
    const extra = extraInclude.map((g) => rebaseGlob(g, cwd, baseDir));
    return new ConfigChain(layers, baseDir, ruleDefaults, baseRules, extra);
  }
}
