/** Finding the config files that apply to a directory: it and its ancestors, up to `root: true`. */
import { statSync } from "node:fs";
import path from "node:path";
import type { ConfigFiles } from "./config-files";

/** In order of preference within one directory. */
const CONFIG_FILE_NAMES: readonly string[] = [".alliance-lint.yaml", ".alliance-lint.yml", ".alliance-lint.json"];

export class ConfigDiscovery {
  /** Directory → its config file (undefined: none), so sibling directories share the walk. */
  private readonly inDir = new Map<string, string | undefined>();

  constructor(private readonly files: ConfigFiles) {}

  /** The config files for `dir`, farthest first. Throws ConfigError when one of them is invalid. */
  configFilesFor(dir: string): string[] {
    const found: string[] = [];
    for (let current = dir; ; current = path.dirname(current)) {
      const file = this.configIn(current);
      if (file) {
        found.unshift(file);
        if (this.files.get(file).config.root) break;
      }
      if (path.dirname(current) === current) break;
    }
    return found;
  }

  invalidate(): void {
    this.inDir.clear();
  }

  private configIn(dir: string): string | undefined {
    if (!this.inDir.has(dir)) {
      const file = CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
      this.inDir.set(dir, file);
    }
    return this.inDir.get(dir);
  }
}
