/** Each rule's docs page is the rendering of its metadata; `npm run docs` rewrites stale ones. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules";
import { renderRuleDoc } from "../../scripts/rule-docs";

const docs = resolve(__dirname, "../../docs/rules");

describe.each(RULES.map((r) => [r.meta.id, r.meta] as const))("docs/rules/%s.md", (id, meta) => {
  it("is up to date with the rule's metadata", () => {
    const file = resolve(docs, `${id}.md`);
    const rendered = renderRuleDoc(meta);
    if (process.env.UPDATE_DOCS) writeFileSync(file, rendered);
    expect(existsSync(file) ? readFileSync(file, "utf8") : "(missing)").toBe(rendered);
  });
});
