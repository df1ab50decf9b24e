/**
 * The two SARIF checks every test SARIF goes through: the SARIF 2.1.0 JSON Schema (shipped in
 * schemas/, compiled with ajv) and Microsoft's SARIF Multitool with GitHub's ingestion rules.
 */
import { execFileSync } from "node:child_process";
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020";
import type { ValidateFunction } from "ajv";
import { REPO } from "./report-fixtures";

let validator: ValidateFunction | undefined;

/** Schema errors as `path: message` lines (empty when valid). */
export function schemaErrors(log: unknown): string[] {
  validator ??= compileSchema();
  if (validator(log)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message}`);
}

function compileSchema(): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(REPO, "schemas/sarif-2.1.0.json"), "utf8"));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // ajv-formats is not a dependency: these are the four formats the schema names.
  ajv.addFormat("uri", (s: string) => URL.canParse(s));
  ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "file:///base/"));
  ajv.addFormat("date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i);
  ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv.compile(schema);
}

export interface MultitoolReport {
  errors: string[];
  warnings: string[];
  output: string;
}

/** `Sarif.Multitool validate --rule-kind "Ghas;Sarif"`: the SARIF rules and GitHub code scanning's. */
export function multitoolValidate(sarifText: string): MultitoolReport {
  const dir = mkdtempSync(path.join(tmpdir(), "alliance-lint-sarif-"));
  try {
    const input = path.join(dir, "out.sarif");
    const report = path.join(dir, "report.sarif");
    writeFileSync(input, sarifText);
    const output = execFileSync(multitool(), ["validate", input, "-o", report, "--rule-kind", "Ghas;Sarif"], { encoding: "utf8" });
    const log = JSON.parse(readFileSync(report, "utf8"));
    const results: { level?: string; ruleId: string; message: { id?: string; text?: string; arguments?: string[] } }[] =
      log.runs[0].results ?? [];
    const describe = (r: (typeof results)[number]) => `${r.ruleId} ${r.message.id ?? ""} ${(r.message.arguments ?? []).join(" | ")}`;
    // Multitool leaves `level` out for warnings (SARIF's default level).
    return {
      errors: results.filter((r) => r.level === "error").map(describe),
      warnings: results.filter((r) => (r.level ?? "warning") === "warning").map(describe),
      output,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The binary ships in the npm package; installs that skip its postinstall leave it not executable. */
function multitool(): string {
  const binary: string = createRequire(import.meta.url)("@microsoft/sarif-multitool-linux");
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}
