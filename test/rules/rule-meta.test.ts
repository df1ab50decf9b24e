/** What every rule's metadata must hold, so the files generated from it are whole. */
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules";
import { BUILT_IN_TEMPLATES } from "../../rules/templates";

describe.each(RULES.map((r) => [r.meta.id, r.meta] as const))("%s", (_id, meta) => {
  it("names its fixes exactly when it is fixable, each a built-in template in both languages", () => {
    expect(meta.fixes !== undefined).toBe(meta.fixable);
    for (const name of Object.keys(meta.fixes ?? {})) {
      const langs = BUILT_IN_TEMPLATES.filter((t) => t.name === name).map((t) => t.lang);
      expect(langs.sort()).toEqual(["en", "ja"]);
    }
  });

  it("has a one-line summary for the README", () => {
    expect(meta.summary).toMatch(/^[^\n|]+$/);
  });
});
