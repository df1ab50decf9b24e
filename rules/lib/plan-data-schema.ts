/** Validates plan front matter / YAML plans against schemas/alliance-plan.schema.json. */
import validator from "./generated/validate-plan.js";
import { formatPath, schemaProblems } from "../../server/engine/schema-problems";

export interface PlanSchemaError {
  /** Keys down to the offending value (`["kpis", 0, "target"]`). */
  path: (string | number)[];
  /** `"lang" must be one of: ja, en`. */
  message: string;
  /** The JSON Schema keyword that failed. */
  keyword: string;
}

export function validatePlanData(data: unknown): PlanSchemaError[] {
  return schemaProblems(validator, data).map(({ path, text, keyword }) => ({
    path,
    message: path.length ? `"${formatPath(path)}" ${text}` : `the plan data ${text}`,
    keyword,
  }));
}
