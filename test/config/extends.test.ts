import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { configErrorOf, loader, removeTrees, severities, tree } from "./fixtures/tree";

afterAll(removeTrees);

const DEFAULTS = { "vague-objective": "error", "missing-kpi": "error", "unfilled-placeholder": "warn", "experimental-rule": "off" };

function resolve(files: Record<string, string>, plan = "p.alliance.md") {
  const root = tree(files);
  return { root, config: loader(root).forFile(path.join(root, plan)) };
}

function errorOf(files: Record<string, string>) {
  const root = tree(files);
  return { root, error: configErrorOf(() => loader(root).forFile(path.join(root, "p.alliance.md"))) };
}

describe("extends: presets", () => {
  it("recommended: every rule at its default severity", () => {
    const { config } = resolve({ ".alliance-lint.yaml": "extends: recommended\n" });
    expect(severities(config.rules)).toEqual(DEFAULTS);
  });

  it("strict: every rule is an error, those off by default (the checklist) and unfilled placeholders included", () => {
    const { config } = resolve({ ".alliance-lint.yaml": "extends: strict\n" });
    expect(severities(config.rules)).toEqual({
      "vague-objective": "error",
      "missing-kpi": "error",
      "unfilled-placeholder": "error",
      "experimental-rule": "error",
    });
  });

  it("the file's own rules override what it extends", () => {
    const { config } = resolve({ ".alliance-lint.yaml": "extends: strict\nrules:\n  missing-kpi: warn\n" });
    expect(severities(config.rules)).toEqual({
      ...DEFAULTS,
      "unfilled-placeholder": "error",
      "experimental-rule": "error",
      "missing-kpi": "warn",
    });
  });

  it("a nearer config extending a preset resets what a farther config set", () => {
    const { config } = resolve(
      { ".alliance-lint.yaml": "rules: { missing-kpi: off }\n", "team/.alliance-lint.yaml": "extends: recommended\n" },
      "team/p.alliance.md",
    );
    expect(config.rules["missing-kpi"].severity).toBe("error");
  });

  it("a nearer config without extends keeps the farther config's strict preset", () => {
    const { config } = resolve(
      { ".alliance-lint.yaml": "extends: strict\n", "team/.alliance-lint.yaml": "rules: { vague-objective: warn }\n" },
      "team/p.alliance.md",
    );
    expect(severities(config.rules)).toEqual({
      ...DEFAULTS,
      "unfilled-placeholder": "error",
      "experimental-rule": "error",
      "vague-objective": "warn",
    });
  });
});

describe("extends: config files", () => {
  it("resolves paths relative to the extending file; later entries win, the file itself last", () => {
    const { root, config } = resolve(
      {
        // A repository: a config may name files anywhere inside it.
        ".git/HEAD": "ref: refs/heads/main\n",
        "shared/base.yaml": "extends: ./deeper/base.json\nlocale: en\nrules:\n  missing-kpi: [warn, { minimum: 3 }]\n",
        "shared/deeper/base.json": '{ "rules": { "vague-objective": "off", "unfilled-placeholder": "off" } }',
        "shared/relaxed.yml": "rules:\n  vague-objective: warn\n",
        "project/.alliance-lint.yaml":
          "root: true\nextends: [../shared/base.yaml, strict, ../shared/relaxed.yml]\nrules:\n  missing-kpi: warn\n",
      },
      "project/p.alliance.md",
    );
    expect(severities(config.rules)).toEqual({
      "vague-objective": "warn",
      "missing-kpi": "warn",
      "unfilled-placeholder": "error",
      "experimental-rule": "error",
    });
    expect(config.locale).toBe("en");
    expect(config.files).toEqual([
      path.join(root, "shared/deeper/base.json"),
      path.join(root, "shared/base.yaml"),
      path.join(root, "shared/relaxed.yml"),
      path.join(root, "project/.alliance-lint.yaml"),
    ]);
    expect(config.baseDir).toBe(path.join(root, "project"));
  });

  it("a bare severity keeps the options set before it; [severity, options] replaces them", () => {
    const { config } = resolve({
      "base.yaml": "rules:\n  missing-kpi: [error, { minimum: 3 }]\n  vague-objective: [error, { verbs: [推進] }]\n",
      ".alliance-lint.yaml": "extends: ./base.yaml\nrules:\n  missing-kpi: warn\n  vague-objective: [warn, { verbs: [] }]\n",
    });
    expect(config.rules["missing-kpi"]).toEqual({ severity: "warn", options: { minimum: 3 } });
    expect(config.rules["vague-objective"]).toEqual({ severity: "warn", options: { verbs: [] } });
  });

  it("an extended file's globs are relative to the config that extends it", () => {
    const { root, config } = resolve(
      {
        ".git/HEAD": "ref: refs/heads/main\n",
        "shared/base.yaml":
          "include: ['plans/**/*.md']\nignore: ['plans/old/**']\noverrides:\n  - files: 'plans/drafts/**'\n    rules: { missing-kpi: off }\n",
        "project/.alliance-lint.yaml": "root: true\nextends: ../shared/base.yaml\n",
      },
      "project/plans/drafts/p.md",
    );
    expect(config.include).toEqual(["plans/**/*.md"]);
    expect(config.ignore).toEqual(["**/node_modules/**", "**/.git/**", "plans/old/**"]);
    expect(config.baseDir).toBe(path.join(root, "project"));
    expect(config.rules["missing-kpi"].severity).toBe("off");
  });

  it("a cycle is a ConfigError in the file that closes it", () => {
    const { root, error } = errorOf({
      ".alliance-lint.yaml": "extends: ./a.yaml\n",
      "a.yaml": "extends: ./b.yaml\n",
      "b.yaml": "rules: {}\nextends: ./a.yaml\n",
    });
    expect(error.format()).toBe(`${path.join(root, "b.yaml")}:2:10: extends: circular extends: a.yaml → b.yaml → a.yaml`);
    expect(error.key).toBe("extends");
  });

  it("a config extending itself is a cycle", () => {
    const { root, error } = errorOf({ ".alliance-lint.yaml": "extends:\n  - strict\n  - ./.alliance-lint.yaml\n" });
    expect(error.format()).toBe(
      `${path.join(root, ".alliance-lint.yaml")}:3:5: extends[1]: circular extends: .alliance-lint.yaml → .alliance-lint.yaml`,
    );
  });

  it("a missing extended file is a ConfigError at the extends entry", () => {
    const { root, error } = errorOf({ ".alliance-lint.yaml": "extends:\n  - recommended\n  - ../nope.yaml\n" });
    expect(error.format()).toBe(`${path.join(root, ".alliance-lint.yaml")}:3:5: extends[1]: cannot read "../nope.yaml" (file not found)`);
    expect(error.key).toBe("extends[1]");
  });

  it("an invalid extended file is reported in that file", () => {
    const { root, error } = errorOf({ ".alliance-lint.yaml": "extends: ./base.yaml\n", "base.yaml": "rules:\n  missing-kpi: sometimes\n" });
    expect(error.format()).toBe(
      `${path.join(root, "base.yaml")}:2:16: rules.missing-kpi: must be "off", "warn" (or "warning") or "error", or [severity, options]`,
    );
  });
});
