/**
 * The import graph of the TypeScript sources under some folders, read with the compiler's own
 * pre-processor (static imports, re-exports, `import type`, dynamic `import()`). Only relative
 * imports of other sources count: packages and data files (schemas, templates) are leaves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Repository-relative POSIX paths: importer → the sources it imports. */
export type ImportGraph = Map<string, string[]>;

export function importGraph(root: string, folders: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of folders.flatMap((folder) => sources(root, folder))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), "utf8"), true, true);
    const targets = importedFiles.map((i) => resolveSource(root, file, i.fileName)).filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The TypeScript sources under `folder`, as repository-relative POSIX paths. */
export function sources(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .map((entry) => path.posix.join(folder, entry.split(path.sep).join("/")))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"));
}

/** `./model` → `server/engine/model.ts`, `../../rules` → `rules/index.ts`; undefined for a package or a data file. */
function resolveSource(root: string, importer: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.posix.join(path.posix.dirname(importer), specifier);
  return [`${base}.ts`, `${base}/index.ts`].find(
    (candidate) => existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile(),
  );
}

/** The first import cycle found, as the files around it (first file repeated at the end); undefined when there is none. */
export function findCycle(graph: ImportGraph): string[] | undefined {
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): string[] | undefined => {
    if (onStack.has(file)) return [...stack.slice(stack.indexOf(file)), file];
    if (done.has(file)) return undefined;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    stack.pop();
    onStack.delete(file);
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}
