/**
 * Ajv errors turned into one sentence per real problem (not the branch-by-branch dump ajv
 * gives for anyOf/oneOf). The validators are ajv's standalone code, written by
 * scripts/build-validators.mjs.
 */
import type { ErrorObject, ValidateFunction } from "ajv";

export type SchemaPath = (string | number)[];

export interface SchemaProblem {
  path: SchemaPath;
  /** A predicate to put after the key: `must be one of: ja, en`. */
  text: string;
  keyword: string;
}

/** The problems in `data` that `validate` found, one sentence each, in schema order. */
export function schemaProblems(validate: ValidateFunction, data: unknown): SchemaProblem[] {
  if (validate(data)) return [];
  const problems = relevantErrors(validate.errors ?? []).map((error) => describe(error, data));
  return problems.filter((p, i) => problems.findIndex((q) => q.text === p.text && samePath(q.path, p.path)) === i);
}

/** A combinator with an errorMessage speaks for every error beneath it; one without stays silent. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const speaking = errors.filter((e) => isCombinator(e) && errorMessage(e)).sort((a, b) => a.instancePath.length - b.instancePath.length);
  const covered = new Set<ErrorObject>();
  for (const c of speaking) {
    if (covered.has(c)) continue;
    for (const e of errors) if (e !== c && isAtOrBelow(e.instancePath, c.instancePath)) covered.add(e);
  }
  return errors.filter((e) => !covered.has(e) && e.keyword !== "if" && (!isCombinator(e) || errorMessage(e)));
}

function describe(error: ErrorObject, data: unknown): SchemaProblem {
  const path = pointerPath(error.instancePath, data);
  const params = error.params as Record<string, unknown>;
  const custom = errorMessage(error);
  if (custom) return { path, text: custom, keyword: error.keyword };
  switch (error.keyword) {
    case "type":
      return { path, text: `must be ${typeNames([error.schema as string | string[]].flat())}`, keyword: "type" };
    case "enum":
      return { path, text: `must be one of: ${(params.allowedValues as unknown[]).join(", ")}`, keyword: "enum" };
    case "additionalProperties": {
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const expected = known.length ? `; expected one of: ${known.join(", ")}` : "";
      return {
        path: [...path, params.additionalProperty as string],
        text: `is not a known key${expected}`,
        keyword: "additionalProperties",
      };
    }
    case "required":
      return { path, text: `must have a "${params.missingProperty as string}" key`, keyword: "required" };
    case "minItems":
      return {
        path,
        text: params.limit === 1 ? "must not be empty" : `must have at least ${params.limit as number} items`,
        keyword: "minItems",
      };
    case "minLength":
    case "minProperties":
      return { path, text: "must not be empty", keyword: error.keyword };
    case "maxItems":
      return { path, text: `must have at most ${params.limit as number} items`, keyword: "maxItems" };
    default:
      return { path, text: error.message ?? "is invalid", keyword: error.keyword };
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
};

/** `text, a list or a mapping`: null is never worth mentioning, and to a person a number is text. */
function typeNames(types: string[]): string {
  const names = types.filter((t) => t !== "null" && !(t === "number" && types.includes("string"))).map((t) => TYPE_NAMES[t] ?? t);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}` : (names[0] ?? "empty");
}

/** `/kpis/0/target` → ["kpis", 0, "target"]: a segment is a number where the data holds a list. */
function pointerPath(pointer: string, data: unknown): SchemaPath {
  const path: SchemaPath = [];
  let node = data;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const segment = Array.isArray(node) ? Number(key) : key;
    path.push(segment);
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  }
  return path;
}

/** `kpis[0].target`; empty for the root. */
export function formatPath(path: SchemaPath): string {
  return path.reduce<string>((out, s) => (typeof s === "number" ? `${out}[${s}]` : out ? `${out}.${s}` : s), "");
}

function isCombinator(error: ErrorObject): boolean {
  return error.keyword === "anyOf" || error.keyword === "oneOf";
}

function errorMessage(error: ErrorObject): string | undefined {
  return (error.parentSchema as { errorMessage?: string } | undefined)?.errorMessage;
}

function isAtOrBelow(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function samePath(a: SchemaPath, b: SchemaPath): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
