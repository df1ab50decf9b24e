/** The built-in clause templates, bundled as text (esbuild's text loader; a vitest plugin in tests). */
import type { PlanElement } from "../../server/engine/model";
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
import governanceJa from "./ja/governance.md";
import governanceEn from "./en/governance.md";
import rolesJa from "./ja/roles-and-economics.md";
import rolesEn from "./en/roles-and-economics.md";
import formJa from "./ja/alliance-form.md";
import formEn from "./en/alliance-form.md";
import partnerFitJa from "./ja/partner-fit.md";
import partnerFitEn from "./en/partner-fit.md";
import earlyProcessJa from "./ja/early-process.md";
import earlyProcessEn from "./en/early-process.md";
import aiTermsJa from "./ja/ai-terms.md";
import aiTermsEn from "./en/ai-terms.md";

const builtIn = (name: string, element: PlanElement, ja: string, en: string): ClauseTemplate[] => [
  { name, lang: "ja", body: ja, source: "built-in", element },
  { name, lang: "en", body: en, source: "built-in", element },
];

export const BUILT_IN_TEMPLATES: readonly ClauseTemplate[] = [
  ...builtIn("exit-clause", "exit", exitJa, exitEn),
  ...builtIn("ip-ownership", "ip", ipJa, ipEn),
  ...builtIn("kpi-section", "kpi", kpiJa, kpiEn),
  ...builtIn("kpi-review", "kpi", reviewJa, reviewEn),
  ...builtIn("objective", "objective", objectiveJa, objectiveEn),
  ...builtIn("governance", "governance", governanceJa, governanceEn),
  ...builtIn("roles-and-economics", "roles", rolesJa, rolesEn),
  ...builtIn("alliance-form", "form", formJa, formEn),
  ...builtIn("partner-fit", "partners", partnerFitJa, partnerFitEn),
  ...builtIn("early-process", "process", earlyProcessJa, earlyProcessEn),
  ...builtIn("ai-terms", "ai", aiTermsJa, aiTermsEn),
];
