import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { printConfig } from "../../server/config/print-config";
import { loader, removeTrees, tree } from "./fixtures/tree";

afterAll(removeTrees);

describe("printConfig", () => {
  it("prints the effective config as JSON, templates without their bodies", () => {
    const root = tree({
      ".alliance-lint.yaml":
        "locale: ja\nheadings: { exit: [卒業条件] }\nrules:\n  missing-kpi: [warn, { minimum: 2 }]\ntemplates:\n  exit-clause: exit.ja.md\ninclude: ['plans/**/*.md']\n",
      "exit.ja.md": "## 出口条件\n〔本文〕\n",
    });
    const printed = printConfig(loader(root).forFile(path.join(root, "plans/q3.md")));
    expect(JSON.parse(printed)).toEqual({
      rules: {
        "vague-objective": { severity: "error", options: {} },
        "missing-kpi": { severity: "warn", options: { minimum: 2 } },
        "unfilled-placeholder": { severity: "warn", options: {} },
        "experimental-rule": { severity: "off", options: {}, whenRequired: "warn" },
      },
      vocabulary: { "exit-heading": { ja: ["卒業条件"], en: [] } },
      templates: [{ name: "exit-clause", lang: "ja", source: "team", file: path.join(root, "exit.ja.md") }],
      include: ["plans/**/*.md"],
      ignore: ["**/node_modules/**", "**/.git/**"],
      locale: "ja",
      files: [path.join(root, ".alliance-lint.yaml")],
      baseDir: root,
    });
    expect(printed).not.toContain("〔本文〕");
    expect(printed.split("\n")[1]).toBe('  "rules": {');
  });
});
