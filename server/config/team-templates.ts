/** Team clause templates named in a config file, read from disk relative to that file. */
import path from "node:path";
import type { Lang } from "../engine/model";
import type { ClauseTemplate } from "../engine/rule";
import type { ConfigDocument } from "./config-document";
import type { ConfigFile } from "./types";
import { readReferenced } from "./config-reference";

const LANGS: readonly Lang[] = ["ja", "en"];

export function loadTemplates(source: ConfigDocument, templates: ConfigFile["templates"]): ClauseTemplate[] {
  const loaded: ClauseTemplate[] = [];
  for (const [name, setting] of Object.entries(templates ?? {})) {
    if (typeof setting === "string") {
      const body = readTemplate(source, setting, ["templates", name]);
      const file = path.resolve(path.dirname(source.file), setting);
      for (const lang of langsOfPath(setting)) loaded.push({ name, lang, body, source: "team", file });
      continue;
    }
    for (const lang of LANGS) {
      const relative = setting[lang];
      if (relative === undefined) continue;
      const body = readTemplate(source, relative, ["templates", name, lang]);
      loaded.push({ name, lang, body, source: "team", file: path.resolve(path.dirname(source.file), relative) });
    }
  }
  return loaded;
}

/** `exit.ja.md` is Japanese; a path that does not say serves both languages. */
function langsOfPath(file: string): readonly Lang[] {
  const suffix = /\.(ja|en)\.[^./\\]+$/i.exec(file)?.[1]?.toLowerCase() as Lang | undefined;
  return suffix ? [suffix] : LANGS;
}

/** The template text as the built-ins are: no BOM, LF line ends. */
function readTemplate(source: ConfigDocument, relative: string, keyPath: (string | number)[]): string {
  return readReferenced(source, relative, keyPath).replace(/\r\n?/g, "\n");
}
