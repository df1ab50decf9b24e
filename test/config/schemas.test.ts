import Ajv from "ajv";
import { describe, expect, it, vi } from "vitest";
import configSchema from "../../schemas/alliance-lint.schema.json";
import planSchema from "../../schemas/alliance-plan.schema.json";
import { PLAN_ELEMENTS } from "../../server/engine/model";

describe("the JSON schemas", () => {
  it("compile in ajv's strict mode without a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    ajv.addKeyword({ keyword: "errorMessage", schemaType: "string" });
    expect(() => ajv.compile(configSchema)).not.toThrow();
    expect(() => ajv.compile(planSchema)).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("are draft-07 with an $id and a title", () => {
    for (const schema of [configSchema, planSchema]) {
      expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
      expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
      expect(schema.title).not.toBe("");
    }
  });

  it("describe every config setting, for editor completion", () => {
    const undescribed = Object.entries(configSchema.properties)
      .filter(([, property]) => !("description" in property) && !("$ref" in property && refDescription(property.$ref)))
      .map(([key]) => key);
    expect(undescribed).toEqual([]);
  });

  it("take heading synonyms for every plan element", () => {
    expect(Object.keys(configSchema.definitions.headings.properties)).toEqual([...PLAN_ELEMENTS]);
  });
});

function refDescription(ref: string): string | undefined {
  const name = ref.replace("#/definitions/", "") as keyof typeof configSchema.definitions;
  const target = configSchema.definitions[name] as { description?: string };
  return target.description;
}
