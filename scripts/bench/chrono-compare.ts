// Which statements of the labelled sets name a time: the `time-bound` vocabulary the rules use,
// against chrono-node (issue 9 asked to measure it before choosing). chrono-node is not a
// dependency; install it aside and name its folder:
//   npm install --prefix /tmp/chrono chrono-node@2
//   npx esbuild scripts/bench/chrono-compare.ts --bundle --platform=node --loader:.md=text \
//     --outfile=.cache/chrono-compare.cjs && CHRONO_NODE=/tmp/chrono/node_modules/chrono-node \
//     node .cache/chrono-compare.cjs test/holdout-c test/holdout-d … ../shared/eval-dev/cases
// Prints the agreement counts, the time each took, and a sample of each disagreement.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildModel } from "../../server/engine/build-model";
import { BUILT_IN } from "../../rules/vocab";
import { hasTimeBound } from "../../rules/lib/lexicon";
interface Chrono {
  parse(text: string, ref: Date): { text: string }[];
  ja: { parse(text: string, ref: Date): { text: string }[] };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a package outside the project, named at run time
const chrono = require(process.env.CHRONO_NODE ?? "chrono-node") as Chrono;
const dirs = process.argv.slice(2);
const groups: Record<string, string[]> = { both: [], ours: [], chrono: [], neither: [] };
let chronoMs = 0,
  oursMs = 0,
  n = 0;
for (const dir of dirs)
  for (const f of readdirSync(dir)) {
    if (!/\.(?:md|ya?ml|txt)$/.test(f) || f === "README.md") continue;
    const text = readFileSync(join(dir, f), "utf8");
    const model = buildModel(text, { filePath: f, vocabulary: BUILT_IN });
    for (const s of model.statements) {
      const t = s.text.replace(/\s+/g, " ").trim();
      if (t.length < 8 || !/[\d一二三四五六七八九十年月期]|year|month|week|quarter|end of/i.test(t)) continue;
      n++;
      let a = performance.now();
      const ours = hasTimeBound(BUILT_IN, t);
      oursMs += performance.now() - a;
      a = performance.now();
      const found = (model.lang === "ja" ? chrono.ja : chrono).parse(t, new Date("2026-12-06"));
      chronoMs += performance.now() - a;
      const key = ours && found.length ? "both" : ours ? "ours" : found.length ? "chrono" : "neither";
      const hits = found.map((r) => r.text).join(" | ");
      groups[key].push(`${model.lang} ${f}: ${t.slice(0, 140)}${hits ? `  ⟨chrono: ${hits}⟩` : ""}`);
    }
  }
console.log(`statements with a digit or time word: ${n}; ours ${oursMs.toFixed(0)} ms, chrono ${chronoMs.toFixed(0)} ms`);
for (const [k, v] of Object.entries(groups)) console.log(k, v.length);
const sample = (v: string[], m: number) => v.filter((_, i) => i % Math.max(1, Math.floor(v.length / m)) === 0).slice(0, m);
for (const k of ["ours", "chrono"]) {
  console.log(`\n## ${k} only (sample)`);
  for (const l of sample(groups[k], 25)) console.log(l);
}
