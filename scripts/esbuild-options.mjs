// The esbuild options every bundle of the engine shares (the build and the benchmark's entry):
// Node 20, CommonJS, clause templates inlined as text.
export const bundleOptions = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  legalComments: "none",
  loader: { ".md": "text" },
  logLevel: "warning",
};
