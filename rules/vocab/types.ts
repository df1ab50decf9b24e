/** The shape of the vocabulary data (rules/vocab/<concept>.yaml, as generated/vocabularies.ts holds it). */
export type VocabLang = "ja" | "en";
export type Terms = Partial<Record<VocabLang, readonly string[]>>;

/** One concept's data, as the YAML file gives it (descriptions and examples left out). */
export interface ConceptData extends Terms {
  extensible?: boolean;
  patterns?: Terms;
  exceptions?: Terms;
}
