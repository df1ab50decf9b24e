// Shared by the end-to-end tests: paths, the fixture workspace, and a bare LSP session with
// the built server over stdio (to learn what the server itself will offer, before an editor
// is asked to show it).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { REPO } from "./engine.mjs";

export { REPO };
export const DIST_SERVER = process.env.ALLIANCE_E2E_SERVER_JS || path.join(REPO, "dist", "server.js");
export const DIST_CLI = path.join(REPO, "dist", "cli.js");
export const WORKSPACE = path.join(REPO, "test", "e2e", "workspace");
export const E2E_OUT = path.join(REPO, ".e2e");
export const SCREENSHOTS = path.join(E2E_OUT, "screenshots");
export const CODE_SERVER_DIR = process.env.ALLIANCE_E2E_CODE_SERVER_DIR || path.join(REPO, ".cache", "code-server");
export const CODE_SERVER = path.join(CODE_SERVER_DIR, "node_modules", ".bin", "code-server");

/** The two plans of the fixture workspace, by language. */
export const PLANS = [
  { lang: "ja", file: "ja-logistics.alliance.md" },
  { lang: "en", file: "en-clinic-booking.alliance.md" },
];
export const EXIT_RULE = "missing-exit-clause";
export const HEADLINE_RULES = ["vague-objective", "missing-kpi", "missing-exit-clause", "undefined-ip-ownership"];

const t0 = Date.now();
export const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

/** A fresh copy of the fixture workspace in a temp dir: the tests never touch the repo's files. */
export function copyWorkspace(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const ws = path.join(dir, "workspace");
  fs.cpSync(WORKSPACE, ws, { recursive: true });
  return { dir, ws };
}

export function requireFile(file, hint) {
  const shown = file.startsWith(REPO + path.sep) ? path.relative(REPO, file) : file;
  if (!fs.existsSync(file)) throw new Error(`${shown} is missing: ${hint}`);
}

/** Apply LSP TextEdits (UTF-16 positions, as JS strings index) to `text`. */
export function applyTextEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const offset = ({ line, character }) => {
    if (line >= lineStarts.length) return text.length;
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    return Math.min(lineStarts[line] + character, end);
  };
  const sorted = edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The edits of a WorkspaceEdit for one document (changes or documentChanges). */
export function editsFor(edit, uri) {
  if (!edit) return [];
  if (edit.changes?.[uri]) return edit.changes[uri];
  return (edit.documentChanges ?? []).filter((c) => c.textDocument?.uri === uri).flatMap((c) => c.edits);
}

/**
 * Start the built server with --stdio and open `file`: returns its diagnostics and, for
 * `rule`, the quick fix it offers and the text that fix produces.
 */
export async function serverQuickFix(file, rule) {
  const rpc = createRequire(import.meta.url)("vscode-jsonrpc/node");
  const proc = spawn(process.execPath, [DIST_SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => {
    stderr += d;
  });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, "utf8");
  const diagnostics = new Promise((resolve, reject) => {
    conn.onNotification("textDocument/publishDiagnostics", (p) => {
      if (p.uri === uri && p.diagnostics.length) resolve(p.diagnostics);
    });
    proc.on("exit", (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`no diagnostics from the server within 15s: ${stderr}`)), 15000).unref();
  });
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => null));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("window/workDoneProgress/create", () => null);
  conn.listen();
  try {
    const root = pathToFileURL(path.dirname(file)).href;
    await conn.sendRequest("initialize", {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: "workspace" }],
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
          hover: { contentFormat: ["markdown", "plaintext"] },
        },
        workspace: { configuration: true, workspaceFolders: true },
      },
    });
    conn.sendNotification("initialized", {});
    conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
    const diags = await diagnostics;
    const target = diags.find((d) => d.code === rule);
    if (!target) return { diagnostics: diags };
    const actions = await conn.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ["quickfix"] },
    });
    const fix = (actions ?? []).find((a) => a.edit && (a.diagnostics ?? []).some((d) => d.code === rule) && !/disable/i.test(a.title));
    const hover = await conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: target.range.start });
    return {
      diagnostics: diags,
      target,
      actions,
      fix,
      hover,
      fixedText: fix ? applyTextEdits(text, editsFor(fix.edit, uri)) : undefined,
    };
  } finally {
    await Promise.race([conn.sendRequest("shutdown").catch(() => {}), new Promise((r) => setTimeout(r, 2000).unref())]);
    conn.sendNotification("exit");
    setTimeout(() => proc.kill(), 1000).unref();
    conn.dispose();
  }
}
