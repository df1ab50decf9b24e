/**
 * Config `elements:`: the elements a team's plans need (names and presets), resolved per file,
 * checked against the schema with file:line:col errors, and shown by --print-config.
 */
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { printConfig } from "../../server/config/print-config";
import { RULES, ruleDefaults } from "../../rules";
import { configErrorOf, loader, removeTrees, tree } from "./fixtures/tree";

afterAll(removeTrees);

const HEADLINE = ["objective", "kpi", "exit", "ip"];

function resolve(files: Record<string, string>, plan = "p.alliance.md") {
  const root = tree(files);
  return loader(root).forFile(path.join(root, plan));
}

function errorAt(text: string, name = ".alliance-lint.yaml"): string {
  const root = tree({ [name]: text });
  return configErrorOf(() => loader(root).forFile(path.join(root, "p.alliance.md")))
    .format()
    .replace(root, "<root>");
}

describe("elements: resolved", () => {
  it("not set: no elements, so readiness tracks what the rules that run check", () => {
    expect(resolve({ ".alliance-lint.yaml": "locale: en\n" }).elements).toBeUndefined();
  });

  it("names and presets, presets expanded, each element once", () => {
    expect(resolve({ ".alliance-lint.yaml": "elements: [capital-alliance, roles, exit]\n" }).elements).toEqual([
      ...HEADLINE,
      "form",
      "governance",
      "roles",
    ]);
    expect(resolve({ ".alliance-lint.yaml": "elements:\n  - ai-alliance\n" }).elements).toEqual([...HEADLINE, "ai"]);
  });

  it("the nearest config's list replaces a farther one's; an override's replaces its config's for the files it matches", () => {
    const files = {
      ".alliance-lint.yaml": "elements: [recommended]\n",
      "capital/.alliance-lint.yaml": "elements: [capital-alliance]\noverrides:\n  - files: 'ai/**'\n    elements: [ai-alliance]\n",
    };
    expect(resolve(files).elements).toEqual(HEADLINE);
    expect(resolve(files, "capital/p.alliance.md").elements).toEqual([...HEADLINE, "form", "governance"]);
    expect(resolve(files, "capital/ai/p.alliance.md").elements).toEqual([...HEADLINE, "ai"]);
  });

  it("a rule off by default or a preset may run where its element is required (strict runs every rule); one a config file sets may not", () => {
    expect(resolve({ ".alliance-lint.yaml": "elements: [governance]\n" }).rules["experimental-rule"]).toEqual({
      severity: "off",
      options: {},
      whenRequired: "warn",
    });
    expect(resolve({ ".alliance-lint.yaml": "extends: strict\n" }).rules["experimental-rule"]).toEqual({ severity: "error", options: {} });
    const set = resolve({ ".alliance-lint.yaml": "extends: strict\nrules:\n  experimental-rule: off\n" });
    expect(set.rules["experimental-rule"]).toEqual({ severity: "off", options: {} });
    const overridden = resolve({ ".alliance-lint.yaml": "overrides:\n  - files: '*.md'\n    rules: { experimental-rule: off }\n" });
    expect(overridden.rules["experimental-rule"]).toEqual({ severity: "off", options: {} });
  });
});

describe("elements: invalid", () => {
  it("an unknown element or preset points at the entry and lists what is allowed", () => {
    expect(errorAt("locale: en\nelements: [recommended, govenance]\n")).toBe(
      "<root>/.alliance-lint.yaml:2:25: elements[1]: must be one of: recommended, ai-alliance, capital-alliance, objective, kpi, exit, ip, governance, roles, form, partners, background, cost, data, ai, risk, schedule, process",
    );
    expect(errorAt("elements:\n  - recommended\n  - notes\n")).toMatch(
      /^<root>\/\.alliance-lint\.yaml:3:5: elements\[1\]: must be one of: /,
    );
  });

  it("a single name is not a list", () => {
    expect(errorAt("elements: capital-alliance\n")).toBe("<root>/.alliance-lint.yaml:1:11: elements: must be a list");
  });

  it("in an override, and in a JSON config", () => {
    expect(errorAt("overrides:\n  - files: x\n    elements: [ai-terms]\n")).toMatch(
      /^<root>\/\.alliance-lint\.yaml:3:16: overrides\[0\]\.elements\[0\]: must be one of: recommended, /,
    );
    expect(errorAt('{\n  "elements": ["recommended", 3]\n}\n', ".alliance-lint.json")).toMatch(
      /^<root>\/\.alliance-lint\.json:2:31: elements\[1\]: must be one of: /,
    );
  });
});

describe("elements: --print-config", () => {
  it("prints the elements, and each rule at the severity it runs at with them", () => {
    const root = tree({ ".alliance-lint.yaml": "extends: strict\nelements: [capital-alliance]\nrules:\n  roles-and-economics: off\n" });
    const config = loader(root, { ruleDefaults: ruleDefaults() }).forFile(path.join(root, "p.alliance.md"));
    const printed = JSON.parse(
      printConfig(
        config,
        RULES.map((r) => r.meta),
      ),
    );
    expect(printed.elements).toEqual([...HEADLINE, "form", "governance"]);
    // Strict runs every rule as an error; one the config file turns off stays off, required or not.
    expect(printed.rules).toMatchObject({
      "missing-kpi": { severity: "error" },
      governance: { severity: "error" },
      "alliance-form": { severity: "error" },
      "roles-and-economics": { severity: "off" },
      "open-decision": { severity: "error" },
    });
    expect(printed.rules["roles-and-economics"].whenRequired).toBeUndefined();
  });
});
