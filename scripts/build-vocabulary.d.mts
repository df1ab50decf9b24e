export const VOCAB_DIR: string;
export const VOCAB_OUT: string;
/** Every vocabulary file, by concept, validated against schemas/vocabulary.schema.json. */
export function readVocabularies(root: string): Record<string, unknown>[];
export function vocabularySource(root: string): string;
