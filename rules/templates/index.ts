/** The built-in clause templates, bundled as text (esbuild's text loader; a vitest plugin in tests). */
import type { ClauseTemplate } from "../../server/engine/rule";
import exitJa from "./ja/exit-clause.md";
import exitEn from "./en/exit-clause.md";
import ipJa from "./ja/ip-ownership.md";
import ipEn from "./en/ip-ownership.md";
import kpiJa from "./ja/kpi-section.md";
import kpiEn from "./en/kpi-section.md";
import reviewJa from "./ja/kpi-review.md";
import reviewEn from "./en/kpi-review.md";
import objectiveJa from "./ja/objective.md";
import objectiveEn from "./en/objective.md";

const builtIn = (name: string, ja: string, en: string): ClauseTemplate[] => [
  { name, lang: "ja", body: ja, source: "built-in" },
  { name, lang: "en", body: en, source: "built-in" },
];

export const BUILT_IN_TEMPLATES: readonly ClauseTemplate[] = [
  ...builtIn("exit-clause", exitJa, exitEn),
  ...builtIn("ip-ownership", ipJa, ipEn),
  ...builtIn("kpi-section", kpiJa, kpiEn),
  ...builtIn("kpi-review", reviewJa, reviewEn),
  ...builtIn("objective", objectiveJa, objectiveEn),
];
