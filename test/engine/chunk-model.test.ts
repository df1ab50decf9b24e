/**
 * A chunk's model kept between versions of a document (chunk-model.ts): after any edit the model,
 * and so every finding, is the one a cold build gives.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { PlanModel } from "../../server/engine/model";
import { buildModel, PlanParseError } from "../../server/engine/build-model";
import { lintText, ParseCache } from "../../server/engine/engine";
import { BUILT_IN } from "../../rules/vocab";
import { config } from "../helpers/lint";
import { random } from "../helpers/random";

const root = resolve(import.meta.dirname, "../..");

function plans(dir: string): [string, string][] {
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith(".md"))
    .map((name) => [`${dir}/${name}`, readFileSync(join(root, dir, name), "utf8")]);
}

const repeat = (n: number, block: (i: number) => string) => Array.from({ length: n }, (_, i) => block(i)).join("");

/** Documents whose walk carries state from chunk to chunk: notes, toggles, layouts, long tables, struck text, data. */
const SYNTHETIC: [string, string][] = [
  [
    "sections, notes, toggles and term sheets",
    repeat(
      12,
      (i) =>
        `# Part ${i}\n\n## Objectives\n\nGrow bookings ${i}0% by FY2027.\n\n> **Reviewer comment:** is ${i} realistic?\n>\n> ## Inside the comment\n\n` +
        `<details><summary>Exit and term</summary>\n\nEither party may end it with ${i} months' notice.\n\n</details>\n\n` +
        `| Item | Terms |\n|---|---|\n| Purpose | Joint delivery ${i} |\n| KPI | 20 sites |\n| Exit | 6 months' notice |\n| IP | Each keeps its own |\n\n` +
        `**Governance**\n\nA committee meets ~~monthly~~ quarterly.\n\n---\n\n### Revision history\n\n- v${i}\n\n`,
    ),
  ],
  [
    "a table cut into chunks",
    `# KPIs\n\n| KPI | Target | Due |\n|---|---|---|\n${repeat(400, (i) => `| KPI ${i} | ${i}% | FY2027 |\n`)}\nThe committee reviews them.\n\n## Exit\n\nTBD.\n`,
  ],
  [
    "a term sheet cut into chunks",
    `# Terms\n\n| Item | Terms |\n|---|---|\n| Purpose | Joint delivery |\n| KPI | 20 sites |\n| Exit | 6 months' notice |\n${repeat(500, (i) => `| IP ${i} | Each keeps its own ${i} |\n`)}\nAfter.\n`,
  ],
  [
    "Japanese contract with fenced data and plain outline",
    `---\ntitle: 提携計画\n---\n\n■ 目的\n\n共同配送を全国に展開する。\n\n` +
      repeat(
        15,
        (i) =>
          `## 第${i}条（目的）\n\n両社は${i}拠点で共同配送を行う。詳細は別途協議する。\n\n\`\`\`yaml\nkpi:\n  target: ${i}0拠点\n\`\`\`\n\n` +
          `\`\`\`text\n契約期間は${i}年とする。\n\`\`\`\n\n- 1. 知的財産\n  - 成果は共有とする。\n\n【体制】\n合同委員会を設ける。\n\n`,
      ),
  ],
];

/** Every other fixture and a few holdout plans: the forms the model reads, at a test's cost. */
const DOCUMENTS: [string, string][] = [
  ...SYNTHETIC,
  ...[...plans("fixtures/en"), ...plans("fixtures/ja")].filter((_, i) => i % 2 === 0),
  ...plans("test/holdout-y").slice(0, 4),
  ...plans("test/holdout-x").slice(0, 4),
];

/** Where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0 && i + 1 < text.length; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

type Edit = (text: string, at: number, eol: string) => string;

/** Inserted or deleted lines and characters: before, inside and after chunks, headings included. */
const EDITS: Edit[] = [
  (t, at) => `${t.slice(0, at)}x${t.slice(at)}`,
  (t, at, eol) => `${t.slice(0, at)}A new sentence here.${eol}${t.slice(at)}`,
  (t, at, eol) => `${t.slice(0, at)}## A new heading${eol}${eol}${t.slice(at)}`,
  (t, at, eol) => `${t.slice(0, at)}${eol}${t.slice(at)}`,
  (t, at) => {
    const end = t.indexOf("\n", at);
    return end < 0 ? t.slice(0, at) : t.slice(0, at) + t.slice(end + 1);
  },
  (t, at) => t.slice(0, at) + t.slice(at + 1),
  (t, at, eol) => `${t.slice(0, at)}- ~~struck~~ item${eol}${t.slice(at)}`,
  (t, at, eol) => `${t.slice(0, at)}# Top${eol}${t.slice(at)}`,
];

function modelParts(model: PlanModel) {
  const { lang, sections, statements, tables, codeBlocks, protectedSpans } = model;
  return { lang, sections, statements, tables, codeBlocks, protectedSpans };
}

/** The model's parts, or the parse error (an edit may break the front matter). */
function built(text: string, cache?: ParseCache) {
  try {
    return modelParts(buildModel(text, { filePath: "plan.alliance.md", vocabulary: BUILT_IN, cache }));
  } catch (error) {
    if (error instanceof PlanParseError) return error.message;
    throw error;
  }
}

describe("a chunk's model kept between versions", () => {
  it.each(DOCUMENTS)("is the model a cold build gives, after every edit: %s", (name, original) => {
    for (const eol of ["\n", "\r\n"]) {
      let text = eol === "\n" ? original : original.replace(/\r?\n/g, "\r\n");
      const cache = new ParseCache();
      const next = random(name.length * 7919 + eol.length);
      expect(built(text, cache)).toEqual(built(text));
      for (let step = 0; step < EDITS.length; step++) {
        const starts = lineStarts(text);
        text = EDITS[step](text, starts[Math.floor(next() * starts.length)], eol);
        expect(built(text, cache), `${name} (${JSON.stringify(eol)}), edit ${step}`).toEqual(built(text));
      }
    }
  });

  it("gives the findings a cold lint gives, every rule on", () => {
    const every = config({
      rules: Object.fromEntries(
        [
          "alliance-form",
          "partner-fit",
          "roles-and-economics",
          "governance",
          "early-process",
          "ai-alliance-terms",
          "open-decision",
          "plan-consistency",
        ].map((id) => [id, "warn"]),
      ) as never,
    });
    for (const [name, original] of [...SYNTHETIC, ...plans("fixtures/en").slice(0, 3), ...plans("fixtures/ja").slice(0, 3)]) {
      const cache = new ParseCache();
      const next = random(name.length);
      let text = original;
      const options = { filePath: "plan.alliance.md", config: every, today: "2026-12-07" };
      lintText(text, { ...options, cache });
      for (let step = 0; step < EDITS.length; step++) {
        const starts = lineStarts(text);
        text = EDITS[step](text, starts[Math.floor(next() * starts.length)], "\n");
        expect(lintText(text, { ...options, cache }), `${name}, edit ${step}`).toEqual(lintText(text, options));
      }
    }
  }, 120_000);

  it("replays an unchanged chunk with the same statement objects, moved", () => {
    const text = repeat(30, (i) => `## Section ${i}\n\nPartner ${i} ships weekly.\n\n`);
    const cache = new ParseCache();
    const first = buildModel(text, { filePath: "plan.alliance.md", cache });
    const last = first.statements.at(-1)!;
    const lastSpan = { ...last.span };
    const second = buildModel(`Intro.\n\n${text}`, { filePath: "plan.alliance.md", cache });
    expect(second.statements.at(-1)).toBe(last);
    expect(last.span).toEqual({ start: lastSpan.start + 8, end: lastSpan.end + 8 });
    // The chunk that changed is walked again: its statements are new.
    expect(second.statements[0].text).toBe("Intro.");
  });

  it("keeps the chunks of the last version only", () => {
    const cache = new ParseCache();
    let text = repeat(40, (i) => `## Section ${i}\n\nPartner ${i} ships weekly.\n\n`);
    for (let i = 0; i < 30; i++) {
      text = `${text}## Added ${i}\n\nMore ${i}.\n\n`;
      buildModel(text, { filePath: "plan.alliance.md", cache });
    }
    expect(cache.models.size).toBe(40 + 30);
  });
});
