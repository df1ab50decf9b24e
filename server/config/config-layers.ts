/**
 * A config file flattened with everything it extends into layers, lowest precedence first:
 * each `extends` entry in order (recursively), then the file itself.
 */
import path from "node:path";
import type { SeveritySetting } from "../engine/rule";
import type { ConfigFiles, LoadedConfigFile } from "./config-files";
import type { ConfigFile } from "./types";
import { isPreset, presetRules, type PresetName } from "./presets";
import { referencedFile } from "./config-reference";

export interface ConfigLayer {
  /** The config file, or undefined for a preset. */
  file?: string;
  /** The preset this layer is. */
  preset?: PresetName;
  config: ConfigFile;
  /**
   * The directory its globs are relative to: the discovered config's own directory, also for
   * the files it extends (a shared config's globs describe the project that uses it).
   */
  globBase: string;
  templates: LoadedConfigFile["templates"];
}

export function configLayers(
  loaded: LoadedConfigFile,
  globBase: string,
  files: ConfigFiles,
  defaults: Record<string, SeveritySetting>,
  extending: readonly string[] = [],
): ConfigLayer[] {
  const entries = loaded.config.extends;
  const list = typeof entries === "string" ? [entries] : (entries ?? []);
  const layers: ConfigLayer[] = [];
  list.forEach((entry, i) => {
    const keyPath = typeof entries === "string" ? ["extends"] : ["extends", i];
    if (isPreset(entry)) {
      layers.push({ config: { rules: presetRules(entry, defaults) }, preset: entry, globBase, templates: [] });
      return;
    }
    const target = referencedFile(loaded.source, entry, keyPath);
    const chain = [...extending, loaded.file];
    if (chain.includes(target)) {
      const cycle = [...chain.slice(chain.indexOf(target)), target].map((f) => path.relative(path.dirname(loaded.file), f)).join(" → ");
      throw loaded.source.errorAt(keyPath, `circular extends: ${cycle}`);
    }
    layers.push(...configLayers(files.get(target), globBase, files, defaults, chain));
  });
  layers.push({ file: loaded.file, config: loaded.config, globBase, templates: loaded.templates });
  return layers;
}
