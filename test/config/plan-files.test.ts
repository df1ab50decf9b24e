import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findPlanFiles } from "../../server/config/find-plan-files";
import { isPlanFile } from "../../server/config/plan-files";
import { ConfigError } from "../../server/config/types";
import { loader, removeTrees, tree } from "./fixtures/tree";

afterAll(removeTrees);

describe("isPlanFile with the default include/ignore", () => {
  const root = tree({ "docs/": "" });
  const configs = loader(root);
  const plan = (file: string, text?: string) => isPlanFile(path.join(root, file), configs.forFile(path.join(root, file)), text);

  it("takes *.alliance.md/yaml/yml anywhere and Markdown/YAML under an alliances/ directory", () => {
    expect(plan("q3.alliance.md")).toBe(true);
    expect(plan("a.alliance.yaml")).toBe(true);
    expect(plan("deep/er/a.alliance.yml")).toBe(true);
    expect(plan("alliances/x.md")).toBe(true);
    expect(plan("docs/alliances/2025/x.yaml")).toBe(true);
    expect(plan(".hidden/q3.alliance.md")).toBe(true);
  });

  it("a README.md or any other Markdown is not a plan", () => {
    expect(plan("README.md")).toBe(false);
    expect(plan("docs/strategy.md")).toBe(false);
    expect(plan("alliances/notes.txt")).toBe(false);
  });

  it("never takes anything under node_modules or .git", () => {
    expect(plan("node_modules/pkg/q3.alliance.md")).toBe(false);
    expect(plan("docs/node_modules/alliances/x.md")).toBe(false);
    expect(plan(".git/q3.alliance.md")).toBe(false);
    expect(plan("node_modules/pkg/README.md", "---\nalliance-plan: true\n---\n")).toBe(false);
  });

  it("alliance-plan: true in the front matter makes any file a plan; false excludes one", () => {
    expect(plan("README.md", "---\ntitle: Q3\nalliance-plan: true\n---\n# Q3\n")).toBe(true);
    expect(plan("README.md", "---\r\nalliance-plan: True # opt in\r\n---\r\n")).toBe(true);
    expect(plan("q3.alliance.md", "---\nalliance-plan: false\n---\n# Q3\n")).toBe(false);
    expect(plan("notes.yaml", "title: Q3\nalliance-plan: true\n")).toBe(true);
  });

  it("reads the marker only at the top level of the front matter", () => {
    expect(plan("README.md", "# Q3\n\nalliance-plan: true\n")).toBe(false);
    expect(plan("README.md", "---\nmeta:\n  alliance-plan: true\n---\n")).toBe(false);
    expect(plan("README.md", "---\ntitle: Q3\n---\nalliance-plan: true\n")).toBe(false);
    expect(plan("q3.alliance.md", "---\ntitle: Q3\n---\n")).toBe(true);
  });

  it("matches a file outside baseDir by its absolute path", () => {
    const outside = tree({ "x/": "" });
    const config = configs.forFile(path.join(root, "docs/any.md"));
    expect(isPlanFile(path.join(outside, "x/q3.alliance.md"), config)).toBe(true);
    expect(isPlanFile(path.join(outside, "x/README.md"), config)).toBe(false);
  });
});

describe("isPlanFile with config include/ignore", () => {
  it("uses the config's globs, relative to its directory; ignore beats the front matter marker", () => {
    const root = tree({ ".alliance-lint.yaml": "include: ['docs/**/*.md']\nignore: ['docs/archive/**']\n" });
    const configs = loader(root);
    const plan = (file: string, text?: string) => isPlanFile(path.join(root, file), configs.forFile(path.join(root, file)), text);
    expect(plan("docs/q3.md")).toBe(true);
    expect(plan("q3.alliance.md")).toBe(false);
    expect(plan("docs/archive/q1.md")).toBe(false);
    expect(plan("docs/archive/q1.md", "---\nalliance-plan: true\n---\n")).toBe(false);
  });

  it("a nested config's globs are relative to its own directory", () => {
    const root = tree({ ".alliance-lint.yaml": "ignore: ['**/*.draft.md']\n", "team/.alliance-lint.yaml": "include: ['*.md']\n" });
    const configs = loader(root);
    const config = configs.forFile(path.join(root, "team/q3.md"));
    expect(config.include).toEqual(["team/*.md"]);
    expect(config.ignore).toEqual(["**/node_modules/**", "**/.git/**", "**/*.draft.md"]);
    expect(isPlanFile(path.join(root, "team/q3.md"), config)).toBe(true);
    expect(isPlanFile(path.join(root, "team/q3.draft.md"), config)).toBe(false);
    expect(isPlanFile(path.join(root, "team/sub/q3.md"), configs.forFile(path.join(root, "team/sub/q3.md")))).toBe(false);
  });
});

describe("findPlanFiles", () => {
  const root = tree({
    "plans/a.alliance.md": "# A\n",
    "plans/b.md": "# B\n",
    "plans/c.md": "---\nalliance-plan: true\n---\n# C\n",
    "plans/d.alliance.md": "---\nalliance-plan: false\n---\n",
    "plans/node_modules/x.alliance.md": "",
    "plans/sub/e.alliance.yaml": "title: E\n",
    "plans/sub/f.alliance.yml": "title: F\n",
    "plans/sub/.alliance-lint.yaml": "ignore: ['f.alliance.yml']\n",
    "alliances/g.md": "# G\n",
    "README.md": "# Readme\n",
  });
  const configs = loader(root);
  const find = (...patterns: string[]) => {
    const { files, missing } = findPlanFiles(patterns, configs, root);
    return { files: files.map((f) => path.relative(root, f)), missing: missing.map((m) => m.pattern) };
  };

  it("walks directories, keeping what each file's own config and front matter say is a plan", () => {
    expect(find("plans")).toEqual({ files: ["plans/a.alliance.md", "plans/c.md", "plans/sub/e.alliance.yaml"], missing: [] });
    expect(find(".")).toEqual({ files: ["alliances/g.md", "plans/a.alliance.md", "plans/c.md", "plans/sub/e.alliance.yaml"], missing: [] });
  });

  it("always includes an existing file named explicitly, once", () => {
    expect(find("README.md", "plans/sub/f.alliance.yml", "plans/a.alliance.md", "plans")).toEqual({
      files: ["README.md", "plans/sub/f.alliance.yml", "plans/a.alliance.md", "plans/c.md", "plans/sub/e.alliance.yaml"],
      missing: [],
    });
  });

  it("expands globs relative to cwd, then filters them by include/ignore", () => {
    expect(find("plans/**/*.md")).toEqual({ files: ["plans/a.alliance.md", "plans/c.md"], missing: [] });
    expect(find("**/*.alliance.y*ml")).toEqual({ files: ["plans/sub/e.alliance.yaml"], missing: [] });
    expect(find(path.join(root, "plans/*.md"))).toEqual({ files: ["plans/a.alliance.md", "plans/c.md"], missing: [] });
  });

  it("reports the patterns that yield nothing", () => {
    expect(find("nope.md", "*.md", "plans/sub/*.yml", "plans/a.alliance.md")).toEqual({
      files: ["plans/a.alliance.md"],
      missing: ["nope.md", "*.md", "plans/sub/*.yml"],
    });
  });

  it("says what a pattern that yields no plan walked, and which of its files a glob or marker could make plans", () => {
    const { missing } = findPlanFiles(["plans/sub/*.yml", "README*", "nope"], configs, root);
    expect(
      missing.map((m) => ({ ...m, root: m.root && path.relative(root, m.root), notPlans: m.notPlans.map((f) => path.relative(root, f)) })),
    ).toEqual([
      { pattern: "plans/sub/*.yml", root: "plans/sub", notPlans: ["plans/sub/f.alliance.yml"] },
      { pattern: "README*", root: "", notPlans: ["README.md"] },
      { pattern: "nope", notPlans: [] },
    ]);
  });

  it("throws the ConfigError of an invalid config met on the way", () => {
    const broken = tree({ "x/.alliance-lint.yaml": "rules: { missing-kpi: loud }\n", "x/q3.alliance.md": "" });
    expect(() => findPlanFiles(["."], loader(broken), broken)).toThrow(ConfigError);
  });
});
