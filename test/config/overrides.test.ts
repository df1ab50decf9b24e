import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loader, removeTrees, tree } from "./fixtures/tree";

afterAll(removeTrees);

describe("overrides", () => {
  const root = tree({
    ".alliance-lint.yaml": [
      "headings:",
      "  exit: [卒業条件]",
      "overrides:",
      "  - files: drafts/**",
      "    excludedFiles: [drafts/final/**]",
      "    rules: { missing-kpi: off }",
      "  - files: ['**/*.en.alliance.md', '**/en/**']",
      "    locale: en",
      "    headings: { exit: [Wind-down] }",
      "  - files: drafts/**/*.en.alliance.md",
      "    rules: { missing-kpi: warn }",
      "",
    ].join("\n"),
  });
  const configs = loader(root);
  const at = (file: string) => configs.forFile(path.join(root, file));

  it("apply to files matching `files` (relative to the config's directory)", () => {
    expect(at("drafts/q3.alliance.md").rules["missing-kpi"].severity).toBe("off");
    expect(at("drafts/2025/q3.alliance.md").rules["missing-kpi"].severity).toBe("off");
    expect(at("q3.alliance.md").rules["missing-kpi"].severity).toBe("error");
    expect(at("team/drafts/q3.alliance.md").rules["missing-kpi"].severity).toBe("error");
  });

  it("skip files matching `excludedFiles`", () => {
    expect(at("drafts/final/q3.alliance.md").rules["missing-kpi"].severity).toBe("error");
  });

  it("apply in order: a later matching override wins", () => {
    expect(at("drafts/q3.en.alliance.md").rules["missing-kpi"].severity).toBe("warn");
  });

  it("set locale and add heading synonyms (config `headings`) to the file's exit-heading words, by script", () => {
    const config = at("plans/en/q3.alliance.md");
    expect(config.locale).toBe("en");
    expect(config.vocabulary).toEqual({ "exit-heading": { ja: ["卒業条件"], en: ["Wind-down"] } });
    expect(at("plans/ja/q3.alliance.md").vocabulary).toEqual({ "exit-heading": { ja: ["卒業条件"], en: [] } });
  });

  it("files matching the same overrides share one resolved config and all share the templates", () => {
    expect(at("drafts/a.alliance.md")).toBe(at("drafts/b/c.alliance.md"));
    expect(at("drafts/a.alliance.md")).not.toBe(at("a.alliance.md"));
    expect(at("drafts/a.alliance.md").templates).toBe(at("a.alliance.md").templates);
  });
});

describe("overrides across configs", () => {
  it("a glob without a slash matches only next to its config", () => {
    const root = tree({ "team/.alliance-lint.yaml": "overrides:\n  - files: '*.draft.md'\n    rules: { missing-kpi: off }\n" });
    const configs = loader(root);
    expect(configs.forFile(path.join(root, "team/q3.draft.md")).rules["missing-kpi"].severity).toBe("off");
    expect(configs.forFile(path.join(root, "team/sub/q3.draft.md")).rules["missing-kpi"].severity).toBe("error");
  });

  it("a nearer config's settings beat a farther config's overrides", () => {
    const root = tree({
      ".alliance-lint.yaml": "overrides:\n  - files: '**/drafts/**'\n    rules: { missing-kpi: off, vague-objective: off }\n",
      "team/.alliance-lint.yaml": "rules: { missing-kpi: warn }\n",
    });
    const config = loader(root).forFile(path.join(root, "team/drafts/q3.alliance.md"));
    expect(config.rules["missing-kpi"].severity).toBe("warn");
    expect(config.rules["vague-objective"].severity).toBe("off");
  });
});
