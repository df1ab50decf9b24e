// ESLint: typescript-eslint's recommended rules, and eslint-plugin-regexp's, which include the
// checks for super-linear backtracking (every regex here runs on untrusted documents).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "server/config/generated/",
      "rules/lib/generated/",
      "rules/vocab/generated/",
      "rules/generated/",
      "node_modules/",
      ".e2e/",
      ".cache/",
      "coverage/",
      "fixtures/",
      "test/holdout/",
      "test/holdout-b/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        Buffer: "readonly",
        performance: "readonly",
      },
    },
  },
  // The VS Code test host loads the extension's test suite as CommonJS.
  { files: ["client/test/**/*.js"], languageOptions: { sourceType: "commonjs" } },
  // The CLI's loader and the build step that writes its code cache are plain CommonJS.
  {
    files: ["**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
