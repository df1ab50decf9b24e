/**
 * SARIF 2.1.0, for GitHub code scanning and any SARIF viewer. File URIs are relative to
 * %SRCROOT% (the directory alliance-lint ran in), so a log made in CI points into the checkout.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Lang } from "../engine/model";
import { LANGS } from "../engine/l10n";
import type { LintResult, Range } from "../engine/finding";
import { ruleDocsUrl, type Fix, type RuleMeta, type SeveritySetting } from "../engine/rule";
import { LineIndex } from "../engine/line-index";
import type { Formatter, ReportContext } from "./types";
import type { SarifArtifactLocation, SarifFix, SarifLevel, SarifLog, SarifRegion, SarifResult, SarifRule } from "./sarif-types";
import { relativePath, uriReference } from "./relative-path";
import { reportRules } from "./rule-catalog";
import { fingerprints } from "./fingerprint";
import { reportTexts } from "./report-texts";
import { findingState } from "../engine/readiness";
import { resultReadiness } from "../engine/readiness";

const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const SRCROOT = "%SRCROOT%";
/** Versioned, so a future change of the hash does not silently re-open every alert. */
export const FINGERPRINT_KEY = "allianceLint/v1";
const INFORMATION_URI = "https://github.com/alliance-lint/alliance-lint";

export const sarif: Formatter = (results, context) => `${JSON.stringify(sarifLog(results, context), null, 2)}\n`;

function sarifLog(results: readonly LintResult[], context: ReportContext): SarifLog {
  const rules = reportRules(context.rules);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "alliance-lint",
            informationUri: INFORMATION_URI,
            version: context.version,
            semanticVersion: context.version,
            language: context.locale,
            rules: rules.map((meta) => ruleDescriptor(meta, context.locale)),
          },
        },
        language: context.locale,
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        results: results.flatMap((result) => fileResults(result, rules, context)),
        properties: {
          readiness: results.map((r) => ({
            artifactLocation: artifactLocation(relativePath(r.filePath, context.cwd)),
            ...resultReadiness(r),
          })),
        },
      },
    ],
  };
}

function ruleDescriptor(meta: RuleMeta, locale: Lang): SarifRule {
  const others = LANGS.filter((lang) => lang !== locale).map((lang) => meta.description[lang]);
  return {
    id: meta.id,
    name: friendlyName(meta.id),
    shortDescription: { text: meta.description[locale] },
    // Reviewers of one repository may read either language: the full text carries both.
    fullDescription: { text: [meta.description[locale], ...others].join("\n\n") },
    help: ruleHelp(meta, locale),
    helpUri: ruleDocsUrl(meta.id),
    defaultConfiguration: { level: level(meta.defaultSeverity), enabled: meta.defaultSeverity !== "off" },
    properties: { tags: ["alliance-plan", ...(meta.element ? [meta.element] : []), ...(meta.headline ? ["headline"] : [])] },
  };
}

function ruleHelp(meta: RuleMeta, locale: Lang): SarifRule["help"] {
  const t = reportTexts(locale);
  const { good, bad } = meta.examples;
  const text = `${meta.rationale[locale]}\n\n${t.good}: ${good[locale]}\n${t.bad}: ${bad[locale]}\n\n${t.ruleDocs}: ${ruleDocsUrl(meta.id)}`;
  const block = (s: string) => "```text\n" + s + "\n```";
  const markdown = [
    meta.rationale[locale],
    `**${t.good}**\n\n${block(good[locale])}`,
    `**${t.bad}**\n\n${block(bad[locale])}`,
    `[${t.ruleDocs}](${ruleDocsUrl(meta.id)})`,
  ].join("\n\n");
  return { text, markdown };
}

function fileResults(result: LintResult, rules: RuleMeta[], context: ReportContext): SarifResult[] {
  const file = relativePath(result.filePath, context.cwd);
  const source = context.sources?.get(result.filePath);
  const prints = fingerprints(result, file, source);
  // Fix regions are spans into the text (BOM removed); without it they cannot be placed.
  const lines = source === undefined ? undefined : new LineIndex(source.replace(/^\uFEFF/, ""));
  return result.findings.map((finding, i) => {
    const location = artifactLocation(file);
    const sarifResult: SarifResult = {
      ruleId: finding.ruleId,
      ruleIndex: rules.findIndex((r) => r.id === finding.ruleId),
      level: level(finding.severity),
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(finding.range) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
    };
    if (finding.related)
      sarifResult.relatedLocations = finding.related.map((r, id) => ({
        id,
        physicalLocation: { artifactLocation: location, region: region(r.range) },
        message: { text: r.message },
      }));
    if (finding.element) sarifResult.properties = { element: finding.element, elementState: findingState(finding, rules) };
    // SARIF's fixes are proposals a viewer may offer: the rule's fix first, then its suggestions.
    const fixes = [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])];
    if (fixes.length && lines) sarifResult.fixes = fixes.map((fix) => sarifFix(fix, location, lines));
    return sarifResult;
  });
}

/** SARIF lines and columns are 1-based; columns count UTF-16 code units, as Finding.range does. */
function region(range: Range): SarifRegion {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function sarifFix(fix: Fix, location: SarifArtifactLocation, lines: LineIndex): SarifFix {
  const replacements = fix.edits.map((edit) => ({
    deletedRegion: region({ start: lines.positionAt(edit.span.start), end: lines.positionAt(edit.span.end) }),
    insertedContent: { text: edit.newText },
  }));
  return { description: { text: fix.title }, artifactChanges: [{ artifactLocation: location, replacements }] };
}

/** Relative to %SRCROOT%; a file outside the run's directory keeps its absolute file URI. */
function artifactLocation(file: string): SarifArtifactLocation {
  return path.isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: uriReference(file), uriBaseId: SRCROOT };
}

/** SARIF wants a base URI that ends in a slash, or relative URIs would resolve beside it. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

function level(severity: SeveritySetting): SarifLevel {
  return severity === "error" ? "error" : severity === "warn" ? "warning" : "none";
}

/**
 * SARIF's friendly rule name: missing-kpi → MissingKpi. A one-word id gets a suffix
 * (governance → GovernanceCheck): a name that differs from the id only in case is invalid (SARIF1001).
 */
function friendlyName(id: string): string {
  const name = id.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return name.toLowerCase() === id ? `${name}Check` : name;
}
