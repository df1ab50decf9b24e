import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { configErrorOf, loader, removeTrees, severities, tree } from "./fixtures/tree";

afterAll(removeTrees);

const DEFAULTS = { "vague-objective": "error", "missing-kpi": "error", "unfilled-placeholder": "warn", "experimental-rule": "off" };

describe("config discovery", () => {
  it("uses the nearest config, with farther ones filling in what it does not set", () => {
    const root = tree({
      ".alliance-lint.yaml": "locale: ja\nrules:\n  missing-kpi: warn\n  vague-objective: off\n",
      "team/.alliance-lint.yaml": "rules:\n  missing-kpi: error\n",
    });
    const config = loader(root).forFile(path.join(root, "team/q3.alliance.md"));
    expect(severities(config.rules)).toEqual({ ...DEFAULTS, "vague-objective": "off", "missing-kpi": "error" });
    expect(config.locale).toBe("ja");
    expect(config.files).toEqual([path.join(root, ".alliance-lint.yaml"), path.join(root, "team/.alliance-lint.yaml")]);
    expect(config.baseDir).toBe(root);
  });

  it("stops at a config with root: true", () => {
    const root = tree({
      ".alliance-lint.yaml": "locale: ja\nrules:\n  vague-objective: off\n",
      "team/.alliance-lint.yaml": "root: true\nrules:\n  missing-kpi: warn\n",
    });
    const config = loader(root).forFile(path.join(root, "team/deep/q3.alliance.md"));
    expect(severities(config.rules)).toEqual({ ...DEFAULTS, "missing-kpi": "warn" });
    expect(config.locale).toBe("auto");
    expect(config.files).toEqual([path.join(root, "team/.alliance-lint.yaml")]);
    expect(config.baseDir).toBe(path.join(root, "team"));
  });

  it("prefers .yaml, then .yml, then .json within one directory", () => {
    const root = tree({
      "all/.alliance-lint.yaml": "rules: { missing-kpi: warn }\n",
      "all/.alliance-lint.yml": "rules: { missing-kpi: off }\n",
      "all/.alliance-lint.json": '{ "rules": { "vague-objective": "off" } }\n',
      "yml-json/.alliance-lint.yml": "rules: { missing-kpi: off }\n",
      "yml-json/.alliance-lint.json": '{ "rules": { "vague-objective": "off" } }\n',
      "json/.alliance-lint.json": '{ "rules": { "missing-kpi": ["warn", { "minimum": 2 }] } }\n',
    });
    const configs = loader(root);
    expect(configs.forFile(path.join(root, "all/p.alliance.md")).files).toEqual([path.join(root, "all/.alliance-lint.yaml")]);
    expect(configs.forFile(path.join(root, "yml-json/p.alliance.md")).files).toEqual([path.join(root, "yml-json/.alliance-lint.yml")]);
    expect(severities(configs.forFile(path.join(root, "yml-json/p.alliance.md")).rules)).toEqual({ ...DEFAULTS, "missing-kpi": "off" });
    expect(configs.forFile(path.join(root, "json/p.alliance.md")).rules["missing-kpi"]).toEqual({
      severity: "warn",
      options: { minimum: 2 },
    });
  });

  it("without any config: the recommended preset, default include/ignore, baseDir = cwd", () => {
    const root = tree({ "work/": "", "plans/": "" });
    const config = loader(path.join(root, "work")).forFile(path.join(root, "plans/q3.alliance.md"));
    expect(config).toEqual({
      rules: {
        "vague-objective": { severity: "error", options: {} },
        "missing-kpi": { severity: "error", options: {} },
        "unfilled-placeholder": { severity: "warn", options: {} },
        "experimental-rule": { severity: "off", options: {}, whenRequired: "warn" },
      },
      vocabulary: {},
      templates: [],
      include: [
        "**/*.alliance.md",
        "**/*.alliance.yaml",
        "**/*.alliance.yml",
        "**/alliances/**/*.md",
        "**/alliances/**/*.yaml",
        "**/alliances/**/*.yml",
      ],
      ignore: ["**/node_modules/**", "**/.git/**"],
      locale: "auto",
      files: [],
      baseDir: path.join(root, "work"),
    });
  });

  it("resolves a relative file path against cwd", () => {
    const root = tree({ "team/.alliance-lint.yaml": "rules: { missing-kpi: off }\n" });
    expect(loader(root).forFile("team/q3.alliance.md").rules["missing-kpi"].severity).toBe("off");
  });

  it("an empty config file (or one with only comments) is a valid, empty config", () => {
    const root = tree({ ".alliance-lint.yaml": "# nothing yet\n", "team/.alliance-lint.json": "" });
    const config = loader(root).forFile(path.join(root, "team/p.alliance.md"));
    expect(severities(config.rules)).toEqual(DEFAULTS);
    expect(config.files).toEqual([path.join(root, ".alliance-lint.yaml"), path.join(root, "team/.alliance-lint.json")]);
  });
});

describe("--config (an explicit config file)", () => {
  it("replaces discovery; its globs are relative to cwd", () => {
    const root = tree({
      "configs/team.yaml": "include: [docs/*.md]\nrules:\n  missing-kpi: warn\n",
      "docs/.alliance-lint.yaml": "rules:\n  vague-objective: off\n",
    });
    const config = loader(root, { configFile: "configs/team.yaml" }).forFile(path.join(root, "docs/q3.md"));
    expect(severities(config.rules)).toEqual({ ...DEFAULTS, "missing-kpi": "warn" });
    expect(config.files).toEqual([path.join(root, "configs/team.yaml")]);
    expect(config.baseDir).toBe(root);
    expect(config.include).toEqual(["docs/*.md"]);
  });

  it("a missing explicit config file is a ConfigError naming it", () => {
    const root = tree({ "docs/": "" });
    const error = configErrorOf(() => loader(root, { configFile: "nope.yaml" }).forFile(path.join(root, "docs/q3.md")));
    expect(error.format()).toBe(`${path.join(root, "nope.yaml")}: cannot read the config file (file not found)`);
  });
});

describe("ConfigLoader caching", () => {
  it("returns the same resolved config for files that share a chain, across directories", () => {
    const root = tree({ ".alliance-lint.yaml": "rules: { missing-kpi: warn }\n", "a/": "", "b/": "" });
    const configs = loader(root);
    const first = configs.forFile(path.join(root, "a/one.alliance.md"));
    expect(configs.forFile(path.join(root, "a/two.alliance.md"))).toBe(first);
    expect(configs.forFile(path.join(root, "b/three.alliance.md"))).toBe(first);
  });

  it("keeps a parsed config until invalidate() names it", () => {
    const root = tree({ ".alliance-lint.yaml": "rules: { missing-kpi: warn }\n" });
    const file = path.join(root, ".alliance-lint.yaml");
    const configs = loader(root);
    const plan = path.join(root, "p.alliance.md");
    expect(configs.forFile(plan).rules["missing-kpi"].severity).toBe("warn");
    writeFileSync(file, "rules: { missing-kpi: off }\n");
    expect(configs.forFile(plan).rules["missing-kpi"].severity).toBe("warn");
    // A directory not seen before finds the same config without reading it again.
    expect(configs.forFile(path.join(root, "new/dir/p.alliance.md")).rules["missing-kpi"].severity).toBe("warn");
    configs.invalidate(file);
    expect(configs.forFile(plan).rules["missing-kpi"].severity).toBe("off");
  });

  it("after invalidate() finds config files that appeared or disappeared", () => {
    const root = tree({ "team/": "" });
    const configs = loader(root);
    const plan = path.join(root, "team/p.alliance.md");
    expect(configs.forFile(plan).files).toEqual([]);
    const added = path.join(root, "team/.alliance-lint.yml");
    writeFileSync(added, "rules: { vague-objective: off }\n");
    configs.invalidate(added);
    expect(configs.forFile(plan).files).toEqual([added]);
    rmSync(added);
    configs.invalidate();
    expect(configs.forFile(plan).files).toEqual([]);
  });

  it("caches an invalid config's error too, until it is invalidated", () => {
    const root = tree({ ".alliance-lint.yaml": "rules: { missing-kpi: warnings }\n" });
    const file = path.join(root, ".alliance-lint.yaml");
    const configs = loader(root);
    const first = configErrorOf(() => configs.forFile(path.join(root, "a.alliance.md")));
    expect(configErrorOf(() => configs.forFile(path.join(root, "sub/b.alliance.md")))).toBe(first);
    writeFileSync(file, "rules: { missing-kpi: warn }\n");
    configs.invalidate(file);
    expect(configs.forFile(path.join(root, "a.alliance.md")).rules["missing-kpi"].severity).toBe("warn");
  });
});

describe("restricted mode (trusted: false)", () => {
  it("reads no config file: the built-in defaults apply", () => {
    const root = tree({
      ".alliance-lint.yaml": "locale: ja\nrules: { missing-kpi: off }\ntemplates: { exit-clause: exit.ja.md }\ninclude: ['*.md']\n",
      "exit.ja.md": "## 出口\n",
    });
    const config = loader(root, { trusted: false }).forFile(path.join(root, "README.md"));
    expect(severities(config.rules)).toEqual(DEFAULTS);
    expect(config.locale).toBe("auto");
    expect(config.templates).toEqual([]);
    expect(config.include).toContain("**/*.alliance.md");
    expect(config.files).toEqual([]);
    expect(config.baseDir).toBe(root);
  });

  it("ignores an explicit config file and never reports a broken one", () => {
    const root = tree({ ".alliance-lint.yaml": "rules: [broken\n" });
    const configs = loader(root, { trusted: false, configFile: "missing.yaml" });
    expect(configs.forFile(path.join(root, "p.alliance.md")).files).toEqual([]);
  });
});
