/** Temp workspaces for the LSP tests, and the plans they open. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Finding, Range } from "../../../server/engine/finding";
import { LineIndex } from "../../../server/engine/line-index";

/** A fresh directory holding `files` (relative path → text). */
export function tempWorkspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "alliance-lint-lsp-"));
  for (const [rel, text] of Object.entries(files)) write(dir, rel, text);
  return dir;
}

export function write(dir: string, rel: string, text: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** No exit clause (line 0), a vague objective (4), a KPI row without target (11), IP deferred (15). */
export const JA_PLAN = `# 物流DX 業務提携計画（案）

## 提携の目的

両社の強みを活かし、協力して新たな物流サービスを模索する。

## KPI

| KPI | 現状 | 目標 | 期限 |
|---|---|---|---|
| 共同配送の積載率 | 62％ | 80％ | 2027年3月末 |
| 顧客満足度 | 3.2 | 未定 | 2027年3月末 |

合同委員会で四半期ごとにKPIをレビューする。

## 知的財産

知的財産権の帰属は別途協議の上定める。
`;

/** A vague objective (4), a KPI row without target (11), an exit deferred with "TBD" (19, 21). */
export const EN_PLAN = `# Clinic booking partnership with Northwind Health

## Purpose

Leverage each other's strengths to explore new opportunities in digital healthcare.

## KPIs

| KPI | Baseline | Target | Due |
|---|---|---|---|
| Online bookings per month | 1,200 | 6,000 | FY2027 |
| Patient satisfaction (NPS) | 31 | TBD | FY2027 |

The steering committee reviews the KPIs quarterly.

## Intellectual property

Each party keeps its background IP. The booking integration built under this alliance is owned by us.

## Exit

Exit: TBD.
`;

/** A finding reduced to what the tests compare. */
export function brief(d: {
  code?: unknown;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}): string {
  return `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

/** A plan of about `chars` characters: JA_PLAN's sections over and over, as a long plan repeats its workstreams. */
export function hugePlan(chars: number): string {
  const body = JA_PLAN.slice(JA_PLAN.indexOf("## "));
  const sections: string[] = [JA_PLAN.slice(0, JA_PLAN.indexOf("## "))];
  for (let size = 0, i = 1; size < chars; i++, size += body.length) sections.push(body.replace(/^## /gm, `## ${i}. `));
  return sections.join("\n");
}

/** Where the editor marks a finding: its anchor (an element the plan lacks: where its section would go), else its range. */
export function editorRange(finding: Finding, text: string): Range {
  if (!finding.anchor) return finding.range;
  const lines = new LineIndex(text);
  return { start: lines.positionAt(finding.anchor.start), end: lines.positionAt(finding.anchor.end) };
}
