/**
 * The folders are the architecture (docs/architecture.md): each may import only the layers
 * listed for it here, and no source file imports itself through others. A new folder needs
 * a row; a new dependency between folders needs a reason to be added here.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCycle, importGraph } from "./import-graph";

const ROOT = path.resolve(__dirname, "../..");

/** Each layer, and the layers it may import. Bottom first; the table itself has no cycle. */
const LAYERS: Record<string, string[]> = {
  "server/files": [],
  "rules/vocab": [],
  "server/engine": ["rules/vocab"],
  rules: ["server/engine", "rules/vocab"],
  "server/config": ["server/engine", "server/files", "rules/vocab"],
  "server/report": ["server/engine"],
  "server/worker": ["server/engine", "rules"],
  "server/lint": ["server/engine", "server/files", "server/config", "server/worker"],
  "server/ci": ["server/engine", "rules", "server/config", "server/lint"],
  "server/cli": ["server/engine", "rules", "rules/vocab", "server/config", "server/report", "server/worker", "server/lint", "server/ci"],
  "server/lsp": ["server/engine", "rules", "server/config", "server/worker", "server/lint"],
};

/**
 * The engine runs the registered rules and offers the built-in templates: these two imports
 * of the rules' registry are the only way down from the engine into rules/.
 */
const REGISTRY = new Set(["server/engine/engine.ts -> rules/index.ts", "server/engine/templates.ts -> rules/templates/index.ts"]);

const graph = importGraph(ROOT, ["server", "rules"]);

function layerOf(file: string): string {
  if (file.startsWith("rules/vocab/")) return "rules/vocab";
  return file.startsWith("rules/") ? "rules" : file.split("/").slice(0, 2).join("/");
}

describe("layers", () => {
  it("every source file is in a known layer", () => {
    expect([...graph.keys()].filter((file) => !(layerOf(file) in LAYERS))).toEqual([]);
  });

  it("imports go only to the layer itself or to the layers below it", () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      targets
        .filter((to) => layerOf(to) !== layerOf(from) && !LAYERS[layerOf(from)]?.includes(layerOf(to)))
        .map((to) => `${from} -> ${to}`)
        .filter((edge) => !REGISTRY.has(edge)),
    );
    expect(upward).toEqual([]);
  });

  it("the layer table has no cycle", () => {
    expect(findCycle(new Map(Object.entries(LAYERS)))).toBeUndefined();
  });

  it("no source file imports itself through others", () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it("sees the imports it checks", () => {
    // A scanner that found nothing would pass every test above.
    expect(graph.get("server/cli/run.ts")).toContain("server/lint/lint-plan.ts");
    expect(graph.get("rules/generated/registry.ts")).toContain("rules/plan-schema.ts");
    expect(graph.get("server/engine/engine.ts")).toContain("rules/index.ts");
  });
});
