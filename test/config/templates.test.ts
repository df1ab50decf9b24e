import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { configErrorOf, loader, removeTrees, tree } from "./fixtures/tree";

const errorOf = (root: string) => configErrorOf(() => loader(root).forFile(path.join(root, "p.alliance.md")));

afterAll(removeTrees);

describe("team templates", () => {
  it("reads each template relative to its config, its language from the key or the file name", () => {
    const root = tree({
      "team/.alliance-lint.yaml": [
        "templates:",
        "  exit-clause: templates/exit.ja.md",
        "  ip-ownership: { ja: templates/ip-ja.md, en: templates/ip-en.md }",
        "  objective: templates/objective.md",
        "",
      ].join("\n"),
      "team/templates/exit.ja.md": "\uFEFF## 出口条件\r\n\r\n〔解消条件〕\r\n",
      "team/templates/ip-ja.md": "## 知的財産\n",
      "team/templates/ip-en.md": "## Intellectual property\n",
      "team/templates/objective.md": "## Objective / 目的\n",
    });
    const dir = path.join(root, "team/templates");
    expect(loader(root).forFile(path.join(root, "team/p.alliance.md")).templates).toEqual([
      { name: "exit-clause", lang: "ja", body: "## 出口条件\n\n〔解消条件〕\n", source: "team", file: path.join(dir, "exit.ja.md") },
      { name: "ip-ownership", lang: "ja", body: "## 知的財産\n", source: "team", file: path.join(dir, "ip-ja.md") },
      { name: "ip-ownership", lang: "en", body: "## Intellectual property\n", source: "team", file: path.join(dir, "ip-en.md") },
      { name: "objective", lang: "ja", body: "## Objective / 目的\n", source: "team", file: path.join(dir, "objective.md") },
      { name: "objective", lang: "en", body: "## Objective / 目的\n", source: "team", file: path.join(dir, "objective.md") },
    ]);
  });

  it("a nearer config's template replaces a farther one's of the same name and language only", () => {
    const root = tree({
      ".alliance-lint.yaml": "templates:\n  exit-clause: { ja: exit-ja.md, en: exit-en.md }\n",
      "exit-ja.md": "farther ja\n",
      "exit-en.md": "farther en\n",
      "team/.alliance-lint.yaml": "templates:\n  exit-clause: exit.ja.md\n",
      "team/exit.ja.md": "nearer ja\n",
    });
    const templates = loader(root).forFile(path.join(root, "team/p.alliance.md")).templates;
    expect(templates.map((t) => [t.name, t.lang, t.body])).toEqual([
      ["exit-clause", "ja", "nearer ja\n"],
      ["exit-clause", "en", "farther en\n"],
    ]);
  });

  it("re-reads a template file after invalidate() names it", () => {
    const root = tree({ ".alliance-lint.yaml": "templates: { kpi-section: kpi.en.md }\n", "kpi.en.md": "v1\n" });
    const configs = loader(root);
    const plan = path.join(root, "p.alliance.md");
    expect(configs.forFile(plan).templates[0].body).toBe("v1\n");
    writeFileSync(path.join(root, "kpi.en.md"), "v2\n");
    configs.invalidate(path.join(root, "kpi.en.md"));
    expect(configs.forFile(plan).templates[0].body).toBe("v2\n");
  });

  it("a template file that appears is read after invalidate() names it", () => {
    const root = tree({ ".alliance-lint.yaml": "templates:\n  exit-clause: exit.en.md\n" });
    const configs = loader(root);
    const plan = path.join(root, "p.alliance.md");
    expect(configErrorOf(() => configs.forFile(plan)).message).toBe('templates.exit-clause: cannot read "exit.en.md" (file not found)');
    writeFileSync(path.join(root, "exit.en.md"), "## Exit\n");
    configs.invalidate(path.join(root, "exit.en.md"));
    expect(configs.forFile(plan).templates.map((t) => [t.lang, t.body])).toEqual([["en", "## Exit\n"]]);
  });

  it("a missing template file is a ConfigError naming the key", () => {
    const root = tree({ ".alliance-lint.yaml": "templates:\n  exit-clause: templates/exit.md\n  ip-ownership:\n    en: ip.en.md\n" });
    const error = errorOf(root);
    expect(error.format()).toBe(
      `${path.join(root, ".alliance-lint.yaml")}:2:16: templates.exit-clause: cannot read "templates/exit.md" (file not found)`,
    );
    expect(error.key).toBe("templates.exit-clause");
    const second = tree({ ".alliance-lint.yaml": "templates:\n  ip-ownership:\n    en: ip.en.md\n" });
    expect(errorOf(second).format()).toBe(
      `${path.join(second, ".alliance-lint.yaml")}:3:9: templates.ip-ownership.en: cannot read "ip.en.md" (file not found)`,
    );
  });
});
