#!/usr/bin/env node
// Every finding the CLI reports on every plan the project measures with, one line each, sorted:
// the before/after check for refactors that must not change detection (issue 8).
//   node scripts/findings-snapshot.mjs > /tmp/before.txt   (then diff against a later run)
// Arguments are passed to the CLI: `--rule partner-fit:warn …` snapshots the rules that ship off.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const sets = [
  "fixtures",
  "test/holdout-c",
  "test/holdout-d",
  "test/holdout-e",
  "test/holdout-f",
  "test/holdout-g",
  "test/holdout-h",
  "test/holdout-i",
  "test/holdout-j",
  "test/holdout-k",
  "test/holdout-l",
  "test/holdout-m",
  "test/holdout-n",
  "test/holdout-o",
  "test/holdout-p",
  "test/holdout-q",
  "test/holdout-r",
  "test/holdout-s",
  "test/holdout-t",
  "test/holdout-u",
  "test/holdout-v",
  "test/holdout-w",
  "test/holdout-x",
  "test/holdout-y",
  "test/holdout-z",
  "test/holdout-aa",
  "test/holdout-ab",
  "test/holdout-ac",
  "test/corpora/meti-jpo-model-contracts",
  "../shared/eval-dev/cases",
  "../shared/corpora/cuad-dev/txt",
].filter((dir) => existsSync(resolve(root, dir)));
// Files, not folders: the walk skips .txt and whatever the project's config ignores.
const files = sets.flatMap((dir) =>
  readdirSync(resolve(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(?:md|ya?ml|txt)$/.test(f) && !/(?:^|\/)README\.md$/.test(f))
    .map((f) => `${dir}/${f}`),
);

function lint(locale) {
  const args = ["dist/cli.js", "--format", "json", "--locale", locale, ...process.argv.slice(2), ...files];
  try {
    return execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    if (e.stdout) return e.stdout;
    throw e;
  }
}

for (const locale of ["ja", "en"]) {
  const lines = [];
  for (const file of JSON.parse(lint(locale))) {
    for (const m of file.messages) {
      const fix = m.fix ? ` fix=${JSON.stringify(m.fix)}` : "";
      const suggestions = (m.suggestions ?? []).map((s) => ` suggest=${JSON.stringify(s)}`).join("");
      const at = `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
      lines.push(`${locale} ${relative(root, file.filePath)} ${at} ${m.ruleId}/${m.messageId} ${m.message}${fix}${suggestions}`);
    }
  }
  console.log(lines.sort().join("\n"));
}
