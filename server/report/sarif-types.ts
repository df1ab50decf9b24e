/** The part of SARIF 2.1.0 that alliance-lint writes (names as in the specification). */
import type { ElementState, Readiness } from "../engine/readiness";

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  language: string;
  columnKind: "utf16CodeUnits";
  originalUriBaseIds: Record<string, SarifArtifactLocation>;
  results: SarifResult[];
  /** The engine's readiness of each plan linted, by its artifact location. */
  properties: { readiness: (Readiness & { artifactLocation: SarifArtifactLocation })[] };
}

export interface SarifDriver {
  name: string;
  informationUri: string;
  version: string;
  semanticVersion: string;
  language: string;
  rules: SarifRule[];
}

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri: string;
  defaultConfiguration: { level: SarifLevel; enabled: boolean };
  properties: { tags: string[] };
}

export type SarifLevel = "error" | "warning" | "note" | "none";

export interface SarifArtifactLocation {
  uri?: string;
  uriBaseId?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: { physicalLocation: { artifactLocation: SarifArtifactLocation; region: SarifRegion } }[];
  partialFingerprints: Record<string, string>;
  /** The other places the finding is about (a contradiction's other side). */
  relatedLocations?: SarifRelatedLocation[];
  fixes?: SarifFix[];
  /** The plan element the finding is about, and what it makes of it (readiness). */
  properties?: { element: string; elementState: ElementState };
}

export interface SarifRelatedLocation {
  id: number;
  physicalLocation: { artifactLocation: SarifArtifactLocation; region: SarifRegion };
  message: SarifMessage;
}

export interface SarifFix {
  description: SarifMessage;
  artifactChanges: {
    artifactLocation: SarifArtifactLocation;
    replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[];
  }[];
}
