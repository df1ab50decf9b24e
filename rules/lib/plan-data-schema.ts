/** Validates plan front matter / YAML plans against schemas/alliance-plan.schema.json. */
import type { ValidateFunction } from "ajv";
import planSchema from "../../schemas/alliance-plan.schema.json";
import { compileSchema, formatPath, schemaProblems } from "../../server/engine/schema-problems";

export interface PlanSchemaError {
  /** Keys down to the offending value (`["kpis", 0, "target"]`). */
  path: (string | number)[];
  /** `"lang" must be one of: ja, en`. */
  message: string;
  /** The JSON Schema keyword that failed. */
  keyword: string;
}

let validator: ValidateFunction | undefined;

export function validatePlanData(data: unknown): PlanSchemaError[] {
  validator ??= compileSchema(planSchema);
  return schemaProblems(validator, data).map(({ path, text, keyword }) => ({
    path,
    message: path.length ? `"${formatPath(path)}" ${text}` : `the plan data ${text}`,
    keyword,
  }));
}
