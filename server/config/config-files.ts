/**
 * Config files read, validated and with their templates loaded, cached by path: linting 2,000
 * plans reads each config once. Failures are cached too, so a broken config is not re-parsed
 * for every plan; `invalidate` forgets a file (and the configs whose templates it holds).
 */
import type { ClauseTemplate } from "../engine/rule";
import { ConfigDocument } from "./config-document";
import { ConfigError, type ConfigFile } from "./types";
import { loadTemplates } from "./team-templates";
import { validateConfig } from "./validate-config";
import { readConfigText } from "./config-reference";

export interface LoadedConfigFile {
  file: string;
  source: ConfigDocument;
  config: ConfigFile;
  templates: ClauseTemplate[];
}

type Entry = { loaded: LoadedConfigFile; error?: undefined } | { error: ConfigError; loaded?: undefined };

export class ConfigFiles {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly knownRules?: readonly string[]) {}

  /** The config file at an absolute path; throws ConfigError. */
  get(file: string): LoadedConfigFile {
    let entry = this.entries.get(file);
    if (!entry) {
      entry = this.load(file);
      this.entries.set(file, entry);
    }
    if (entry.error) throw entry.error;
    return entry.loaded;
  }

  /** Forgets `file`, the configs whose templates it holds, and every failure (it may be what they lacked). */
  invalidate(file?: string): void {
    if (file === undefined) return this.entries.clear();
    for (const [key, entry] of this.entries) {
      if (key === file || entry.error || entry.loaded.templates.some((t) => t.file === file)) this.entries.delete(key);
    }
  }

  private load(file: string): Entry {
    try {
      const source = ConfigDocument.parse(readText(file), file);
      const config = validateConfig(source, this.knownRules);
      return { loaded: { file, source, config, templates: loadTemplates(source, config.templates) } };
    } catch (error) {
      if (error instanceof ConfigError) return { error };
      throw error;
    }
  }
}

function readText(file: string): string {
  const read = readConfigText(file);
  if (read.reason !== undefined) throw new ConfigError(`cannot read the config file (${read.reason})`, file);
  return read.text;
}
