/** Output formats by the name `--format` takes. To add one, write a Formatter and list it here. */
import type { Formatter } from "./types";
import { stylish } from "./stylish";
import { json } from "./json";
import { sarif } from "./sarif";
import { github } from "./github";
import { junit } from "./junit";
import { markdown, markdownFormatter } from "./markdown";
import { codequality } from "./codequality";

export const FORMATTERS: Record<string, Formatter> = {
  stylish,
  json,
  sarif,
  github,
  junit,
  markdown,
  codequality,
};

/**
 * The formatter for `name` in this run. The markdown report links files under
 * ALLIANCE_LINT_LINK_BASE when it is set (action.yml sets it to the commit's blob URL), since a
 * relative link in a PR comment resolves against the comment page, not the repository.
 */
export function formatterFor(name: string, env: Record<string, string | undefined>): Formatter {
  const linkBase = env.ALLIANCE_LINT_LINK_BASE;
  return name === "markdown" && linkBase ? markdownFormatter({ linkBase }) : FORMATTERS[name];
}
