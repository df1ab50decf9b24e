import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { expect, it } from "vitest";

// dist/cli.js loads the CLI's bundle with the code cache the build wrote (scripts/cli-loader.cjs).
const loader = createRequire(import.meta.url)("../../dist/cli.js") as {
  compile(useCache: boolean): { cachedDataRejected?: boolean };
  CACHE: string;
};

it("the build writes a code cache that V8 accepts for the bundle it was made from", () => {
  expect(existsSync(loader.CACHE)).toBe(true);
  expect(loader.compile(true).cachedDataRejected).toBe(false);
});

it("without the cache the bundle compiles from source", () => {
  expect(loader.compile(false).cachedDataRejected).toBeUndefined();
});
