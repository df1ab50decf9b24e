// Summarise a V8 .cpuprofile of the bench entry bundle: which functions, source files and
// packages the time goes to. Frames in the bundle are mapped back to their source file and
// line with the bundle's source map (else with the `// path/to/file.ts` markers esbuild
// writes before each module of an unminified bundle).
//
//   node scripts/bench/profile.mjs <file.cpuprofile> [bundle.cjs]
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const OWN = /^(?:server|rules|scripts)\//;

/** Line (0-based) → source module, from esbuild's module markers. */
function moduleMap(bundlePath) {
  const marks = [];
  readFileSync(bundlePath, "utf8")
    .split("\n")
    .forEach((line, i) => {
      const m = /^\/\/ ((?:node_modules|server|rules|scripts|client)\/\S+)$/.exec(line);
      if (m) marks.push([i, m[1]]);
    });
  return (line) => {
    let lo = 0;
    let hi = marks.length - 1;
    let found = "?";
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= line) {
        found = marks[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** (line, column) in the bundle → { module, line } in the source (1-based line). */
function sourceMapper(bundlePath) {
  const moduleAt = moduleMap(bundlePath);
  const mapPath = `${bundlePath}.map`;
  const map = existsSync(mapPath) ? new SourceMap(JSON.parse(readFileSync(mapPath, "utf8"))) : undefined;
  const root = dirname(bundlePath);
  return (line, column) => {
    const entry = map?.findEntry(line, column);
    if (entry?.originalSource) {
      const module = relative(ROOT, resolve(root, entry.originalSource.replace(/^file:\/\//, "")));
      return { module, line: entry.originalLine + 1 };
    }
    return { module: moduleAt(line), line: line + 1 };
  };
}

/** node_modules/micromark/dev/lib/x.js → micromark; server/engine/x.ts stays as it is. */
function packageOf(module) {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return m ? m[1] : module;
}

export function summariseProfile(profilePath, bundlePath, { top = 25 } = {}) {
  const profile = JSON.parse(readFileSync(profilePath, "utf8"));
  const locate = sourceMapper(bundlePath);
  const bundleName = basename(bundlePath);
  const byId = new Map();
  const parent = new Map();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const frameOf = new Map();
  const frame = (node) => {
    let f = frameOf.get(node.id);
    if (f) return f;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const inBundle = url.endsWith(bundleName);
    const at = inBundle
      ? locate(lineNumber, columnNumber)
      : { module: url ? url.replace(/^file:\/\//, "") : "(native)", line: lineNumber + 1 };
    const { module, line } = at;
    const name = functionName || (url ? "(anonymous)" : "(program)");
    f = {
      key: `${name} ${module}:${line}`,
      name,
      module,
      line,
      own: OWN.test(module),
      pkg: inBundle ? packageOf(module) : url ? "(node internals)" : name,
    };
    frameOf.set(node.id, f);
    return f;
  };

  // Time per sample: the delta to the next sample (the last gets the mean).
  const { samples, timeDeltas } = profile;
  const totalUs = profile.endTime - profile.startTime;
  const dt = samples.map((_, i) => (i + 1 < timeDeltas.length ? timeDeltas[i + 1] : totalUs / samples.length));

  const self = new Map();
  const pkgSelf = new Map();
  const inclusive = new Map();
  const attributed = new Map();
  const add = (map, key, v) => map.set(key, (map.get(key) ?? 0) + v);
  let idleUs = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]);
    const leaf = frame(node);
    if (leaf.name === "(idle)") {
      idleUs += dt[i];
      continue;
    }
    add(self, leaf.key, dt[i]);
    add(pkgSelf, leaf.pkg, dt[i]);
    const seen = new Set();
    let ownFound = false;
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const f = frame(byId.get(id));
      if (f.own && !ownFound) {
        // The nearest function of our own: it answers for the library and native time under it.
        add(attributed, f.key, dt[i]);
        ownFound = true;
      }
      if (f.own && !seen.has(f.key)) {
        seen.add(f.key);
        add(inclusive, f.key, dt[i]);
      }
    }
  }
  const busyUs = [...self.values()].reduce((s, v) => s + v, 0);
  const keyInfo = new Map([...frameOf.values()].map((f) => [f.key, f]));
  const rows = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, us]) => ({ key, ...(keyInfo.get(key) ?? { name: key }), ms: us / 1000, share: us / busyUs }));
  const data = {
    busyMs: busyUs / 1000,
    idleMs: idleUs / 1000,
    topSelf: rows(self, top),
    byPackage: rows(pkgSelf, 15),
    ownAttributed: rows(attributed, 20),
    ownInclusive: rows(inclusive, 20),
  };
  const pct = (x) => `${(x * 100).toFixed(1).padStart(5)}%`;
  const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
  const short = (name) => (name.length > 72 ? `${name.slice(0, 71)}…` : name);
  const fn = (r) => `${short(r.name)}  ${r.module ?? ""}${r.line ? `:${r.line}` : ""}`;
  const text = [
    `busy ${data.busyMs.toFixed(0)} ms (idle ${data.idleMs.toFixed(0)} ms)`,
    "",
    "top functions by self time:",
    ...data.topSelf.map((r) => `  ${pct(r.share)} ${ms(r.ms)}  ${fn(r)}`),
    "",
    "self time by package / source file:",
    ...data.byPackage.map((r) => `  ${pct(r.share)} ${ms(r.ms)}  ${short(r.key)}`),
    "",
    "our functions, with the library and native time they call (nearest own frame on the stack):",
    ...data.ownAttributed.map((r) => `  ${pct(r.share)} ${ms(r.ms)}  ${fn(r)}`),
    "",
    "our functions, inclusive time:",
    ...data.ownInclusive.map((r) => `  ${pct(r.share)} ${ms(r.ms)}  ${fn(r)}`),
  ].join("\n");
  return { data, text };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [profilePath, bundle] = process.argv.slice(2);
  console.log(summariseProfile(profilePath, bundle ?? join(ROOT, ".cache/bench/entry.cjs")).text);
}
