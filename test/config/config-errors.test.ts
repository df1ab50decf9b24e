import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../server/config/types";
import { configErrorOf, loader, removeTrees, tree } from "./fixtures/tree";

afterAll(removeTrees);

const KNOWN_RULES = ["missing-kpi", "vague-objective", "unfilled-placeholder"];

/** The ConfigError loading `text` as `name` gives, with the tree's root written as <root>. */
function errorFor(text: string, name = ".alliance-lint.yaml", knownRules: string[] | undefined = KNOWN_RULES): ConfigError {
  const root = tree({ [name]: text });
  const error = configErrorOf(() => loader(root, { knownRules }).forFile(path.join(root, "p.alliance.md")));
  return new ConfigError(error.message, error.file.replace(root, "<root>"), error.line, error.column, error.key);
}

describe("invalid config: syntax", () => {
  it("a YAML syntax error is reported at the yaml parser's line and column", () => {
    const error = errorFor("rules:\n  missing-kpi: warn\n vague-objective: off\n");
    expect(error.format()).toBe("<root>/.alliance-lint.yaml:3:1: syntax error: All mapping items must start at the same column");
    expect(error.key).toBeUndefined();
  });

  it("a duplicate key is a syntax error", () => {
    expect(errorFor("rules:\n  missing-kpi: warn\nrules:\n  vague-objective: off\n").format()).toBe(
      "<root>/.alliance-lint.yaml:3:1: syntax error: Map keys must be unique",
    );
  });

  it("more than one YAML document is a syntax error that says what to do", () => {
    expect(errorFor("locale: ja\n---\nlocale: en\n").format()).toBe(
      "<root>/.alliance-lint.yaml:2:1: syntax error: a config file holds one YAML document (remove the extra ---)",
    );
  });

  it("a JSON config has line and column too", () => {
    expect(errorFor('{\n  "rules": {\n    "missing-kpi": "warn"\n  \n', ".alliance-lint.json").format()).toBe(
      "<root>/.alliance-lint.json:5:1: syntax error: Flow map in block collection must be sufficiently indented and end with a }",
    );
  });
});

describe("invalid config: schema", () => {
  it("a wrong severity points at the value, led by its key", () => {
    const error = errorFor("rules:\n  missing-kpi: warnings\n");
    expect(error.format()).toBe(
      '<root>/.alliance-lint.yaml:2:16: rules.missing-kpi: must be "off", "warn" (or "warning") or "error", or [severity, options]',
    );
    expect([error.line, error.column, error.key]).toEqual([2, 16, "rules.missing-kpi"]);
  });

  it("a wrong severity or options in the list form gets the same message", () => {
    const message = 'rules.missing-kpi: must be "off", "warn" (or "warning") or "error", or [severity, options]';
    expect(errorFor("rules:\n  missing-kpi: [warnings, {}]\n").format()).toBe(`<root>/.alliance-lint.yaml:2:16: ${message}`);
    expect(errorFor("rules:\n  missing-kpi: [warn, 3]\n").format()).toBe(`<root>/.alliance-lint.yaml:2:16: ${message}`);
    expect(errorFor("rules:\n  missing-kpi: [warn, {}, extra]\n").format()).toBe(`<root>/.alliance-lint.yaml:2:16: ${message}`);
  });

  it("a wrong severity in a JSON config", () => {
    expect(errorFor('{\n  "rules": {\n    "missing-kpi": "warnings"\n  }\n}\n', ".alliance-lint.json").format()).toBe(
      '<root>/.alliance-lint.json:3:20: rules.missing-kpi: must be "off", "warn" (or "warning") or "error", or [severity, options]',
    );
  });

  it("an unknown key points at the key and lists the known ones", () => {
    const error = errorFor("locale: ja\nrule:\n  missing-kpi: warn\n");
    expect(error.format()).toBe(
      "<root>/.alliance-lint.yaml:2:1: rule: is not a known key; expected one of: root, extends, locale, rules, elements, headings, vocabulary, templates, include, ignore, overrides",
    );
    expect(errorFor("headings:\n  exits: [卒業条件]\n").format()).toBe(
      "<root>/.alliance-lint.yaml:2:3: headings.exits: is not a known key; expected one of: objective, kpi, exit, ip, governance, roles, form, partners, background, cost, data, ai, risk, schedule, notes, process",
    );
  });

  it("an unknown vocabulary concept, or one that takes no team words, points at its key", () => {
    const error = errorFor("vocabulary:\n  deferal:\n    ja: [持ち帰り]\n");
    expect(error.format()).toMatch(/^<root>\/\.alliance-lint\.yaml:2:3: vocabulary\.deferal: is not a known key; expected one of: /);
    // The list names the concepts, whichever others the vocabularies add.
    expect(error.format()).toContain(", cadence, ");
    expect(error.format()).toContain(", deferral, ");
    expect(errorFor("vocabulary:\n  month-unit: { ja: [月] }\n").format()).toMatch(
      /^<root>\/\.alliance-lint\.yaml:2:3: vocabulary\.month-unit: is not a known key/,
    );
    expect(errorFor("vocabulary:\n  deferral: { jp: [持ち帰り] }\n").format()).toBe(
      "<root>/.alliance-lint.yaml:2:15: vocabulary.deferral.jp: is not a known key; expected one of: ja, en",
    );
    expect(errorFor("vocabulary:\n  deferral: { ja: 持ち帰り }\n").format()).toBe(
      "<root>/.alliance-lint.yaml:2:19: vocabulary.deferral.ja: must be a list",
    );
  });

  it("wrong types and values of the other settings", () => {
    expect(errorFor("root: yes\n").format()).toBe("<root>/.alliance-lint.yaml:1:7: root: must be true or false");
    expect(errorFor("locale: jp\n").format()).toBe("<root>/.alliance-lint.yaml:1:9: locale: must be one of: ja, en, auto");
    expect(errorFor("include: '**/*.md'\n").format()).toBe("<root>/.alliance-lint.yaml:1:10: include: must be a list");
    expect(errorFor("ignore: ['']\n").format()).toBe("<root>/.alliance-lint.yaml:1:10: ignore[0]: must not be empty");
    expect(errorFor("headings:\n  exit: 卒業条件\n").format()).toBe("<root>/.alliance-lint.yaml:2:9: headings.exit: must be a list");
    expect(errorFor("extends: 3\n").format()).toBe(
      '<root>/.alliance-lint.yaml:1:10: extends: must be "recommended", "strict" or a relative path to a config file, or a list of them',
    );
    expect(errorFor("templates:\n  exit-clause: { jp: exit.md }\n").format()).toBe(
      "<root>/.alliance-lint.yaml:2:16: templates.exit-clause: must be a path to a Markdown file, or a mapping of ja / en to paths",
    );
    expect(errorFor("- recommended\n").format()).toBe("<root>/.alliance-lint.yaml:1:1: the configuration must be a mapping");
  });

  it("of several problems, reports the first in the file", () => {
    expect(errorFor("rules:\n  missing-kpi: loud\nlocale: jp\nroot: 1\n").format()).toBe(
      '<root>/.alliance-lint.yaml:2:16: rules.missing-kpi: must be "off", "warn" (or "warning") or "error", or [severity, options]',
    );
  });

  it("an override without files, or with an empty list of them", () => {
    expect(errorFor("overrides:\n  - rules:\n      missing-kpi: off\n").format()).toBe(
      '<root>/.alliance-lint.yaml:2:5: overrides[0]: must have a "files" key',
    );
    expect(errorFor("overrides:\n  - files: []\n").format()).toBe(
      "<root>/.alliance-lint.yaml:2:12: overrides[0].files: must be a glob or a list of globs",
    );
  });
});

describe("invalid config: rule ids", () => {
  it("an unknown rule id points at the key and suggests a close known one", () => {
    const error = errorFor("rules:\n  missing-kpis: warn\n");
    expect(error.format()).toBe(
      '<root>/.alliance-lint.yaml:2:3: rules.missing-kpis: unknown rule "missing-kpis"; did you mean "missing-kpi"?',
    );
    expect(error.key).toBe("rules.missing-kpis");
  });

  it("an unknown rule id in an override, with nothing close", () => {
    expect(errorFor("overrides:\n  - files: x\n    rules:\n      custom-check: warn\n").format()).toBe(
      '<root>/.alliance-lint.yaml:4:7: overrides[0].rules.custom-check: unknown rule "custom-check"',
    );
  });

  it("without knownRules any rule id is accepted", () => {
    const root = tree({ ".alliance-lint.yaml": "rules:\n  custom-check: [warn, { level: 2 }]\n" });
    expect(loader(root).forFile(path.join(root, "p.alliance.md")).rules["custom-check"]).toEqual({
      severity: "warn",
      options: { level: 2 },
    });
  });
});

describe("invalid config: files", () => {
  it("a missing template file names the template's key", () => {
    expect(errorFor("templates:\n  exit-clause: exit.ja.md\n").format()).toBe(
      '<root>/.alliance-lint.yaml:2:16: templates.exit-clause: cannot read "exit.ja.md" (file not found)',
    );
  });

  it("a config that is a directory cannot be read", () => {
    const root = tree({ "configs/team.yaml/": "" });
    const error = configErrorOf(() => loader(root, { configFile: "configs/team.yaml" }).forFile(path.join(root, "p.alliance.md")));
    expect(error.format()).toBe(`${path.join(root, "configs/team.yaml")}: cannot read the config file (it is a directory)`);
  });
});
