/**
 * `allianceLint.*` settings, per document: pulled with workspace/configuration when the
 * client can (VS Code scopes them per folder), else from initializationOptions.settings.
 */
import type { Connection } from "vscode-languageserver";
import { severitySetting } from "../engine/rule";
import { DEFAULT_SETTINGS, type RuleSeverity, type Settings } from "./protocol";

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    private readonly fallback: Settings,
  ) {}

  for(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  private async fetch(uri: string): Promise<Settings> {
    if (!this.canPull) return this.fallback;
    try {
      const value: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: "allianceLint" });
      return normaliseSettings(value, this.fallback);
    } catch {
      // A client that cannot answer still gets a working linter.
      return this.fallback;
    }
  }
}

/** Settings from untrusted input: unknown or mistyped values fall back to `base`. */
export function normaliseSettings(value: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const raw = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return {
    enable: typeof raw.enable === "boolean" ? raw.enable : base.enable,
    run: raw.run === "onSave" || raw.run === "onType" ? raw.run : base.run,
    locale: raw.locale === "ja" || raw.locale === "en" || raw.locale === "auto" ? raw.locale : base.locale,
    configFile: typeof raw.configFile === "string" ? raw.configFile : base.configFile,
    rules: raw.rules && typeof raw.rules === "object" ? ruleSeverities(raw.rules as Record<string, unknown>) : base.rules,
    include: Array.isArray(raw.include) ? raw.include.filter((g): g is string => typeof g === "string" && g.trim() !== "") : base.include,
  };
}

/** The severities that are one (SEVERITY_SPELLINGS: `warning` is `warn`); other values are dropped. */
function ruleSeverities(raw: Record<string, unknown>): Record<string, RuleSeverity> {
  return Object.fromEntries(
    Object.entries(raw).flatMap(([id, value]) => {
      const severity = severitySetting(value);
      return severity ? [[id, severity]] : [];
    }),
  );
}
