/**
 * Scores findings against a labelled set the way ../shared/eval-dev/score.mjs does: document
 * rules one TP/FP/FN per document; vague-objective per labelled line (a finding covers a line
 * when the line lies between its start and end lines).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lint } from "./lint";
import type { Finding } from "../../server/engine/finding";
import { RULES } from "../../rules";

const headline = RULES.filter((r) => r.meta.headline).map((r) => r.meta);
export const HEADLINE: readonly string[] = headline.map((meta) => meta.id);
/** The headline rules of document scope: labelled true or false per document. */
export const DOC_RULES: readonly string[] = headline.filter((meta) => meta.scope === "document").map((meta) => meta.id);

export interface Label {
  lang: "ja" | "en";
  "vague-objective": string[];
  notes: string;
  /** A document rule's id: true when it should fire on the plan. */
  [rule: string]: unknown;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export function readLabels(file: string): Record<string, Label> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, Label>;
}

/** 1-based line of the one line that holds `fragment`. */
export function lineOf(text: string, fragment: string): number {
  return text.split(/\r?\n/).findIndex((line) => line.includes(fragment)) + 1;
}

export const covers = (f: Finding, line: number) => line >= f.range.start.line + 1 && line <= f.range.end.line + 1;

export function scoreSet(root: string, labels: Record<string, Label>): Record<string, Tally> {
  const tally = Object.fromEntries(HEADLINE.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Tally>;
  for (const [file, label] of Object.entries(labels)) {
    const text = readFileSync(join(root, file), "utf8");
    const findings = lint(text, file);
    for (const rule of DOC_RULES) {
      const fired = findings.some((f) => f.ruleId === rule);
      if (fired && label[rule]) tally[rule].tp++;
      else if (fired) tally[rule].fp++;
      else if (label[rule]) tally[rule].fn++;
    }
    const wanted = label["vague-objective"].map((fragment) => lineOf(text, fragment));
    const vague = findings.filter((f) => f.ruleId === "vague-objective");
    for (const line of wanted) tally["vague-objective"][vague.some((f) => covers(f, line)) ? "tp" : "fn"]++;
    tally["vague-objective"].fp += vague.filter((f) => !wanted.some((line) => covers(f, line))).length;
  }
  return tally;
}

export function f1({ tp, fp, fn }: Tally): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
