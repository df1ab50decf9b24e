import { defineConfig } from "vitest/config";
import { readFileSync } from "node:fs";

export default defineConfig({
  plugins: [
    {
      // Clause templates are Markdown imported as text (esbuild's text loader does this in the build).
      name: "markdown-as-text",
      enforce: "pre",
      load(id) {
        if (id.endsWith(".md")) return `export default ${JSON.stringify(readFileSync(id, "utf8"))};`;
        return undefined;
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // Suites that spawn dist/ build it first (test/lsp/helpers/build.ts waits up to 120 s for another worker's build).
    hookTimeout: 120_000,
    globalSetup: ["test/global-temp.ts"],
  },
});
