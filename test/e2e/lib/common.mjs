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
 * The built server over stdio, initialised with `root` as the workspace folder: `conn` (a
 * vscode-jsonrpc connection, listening) and `close()`. Handlers for requests the server sends
 * are set before it starts.
 */
export async function lspSession(root, { onNotification = {} } = {}) {
  const rpc = createRequire(import.meta.url)("vscode-jsonrpc/node");
  const proc = spawn(process.execPath, [DIST_SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  const session = { stderr: "", proc };
  proc.stderr.on("data", (d) => {
    session.stderr += d;
  });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => null));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("window/workDoneProgress/create", () => null);
  for (const [method, handler] of Object.entries(onNotification)) conn.onNotification(method, handler);
  conn.listen();
  const rootUri = pathToFileURL(root).href;
  await conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: "workspace" }],
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
  session.conn = conn;
  session.open = (uri, text, languageId = "markdown") =>
    conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  session.close = async () => {
    await Promise.race([conn.sendRequest("shutdown").catch(() => {}), new Promise((r) => setTimeout(r, 2000).unref())]);
    conn.sendNotification("exit");
    setTimeout(() => proc.kill(), 1000).unref();
    conn.dispose();
  };
  return session;
}

/**
 * Start the built server with --stdio and open `file`: returns its diagnostics and, for
 * `rule`, the quick fix it offers and the text that fix produces.
 */
export async function serverQuickFix(file, rule) {
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, "utf8");
  let gotDiagnostics;
  const diagnostics = new Promise((resolve) => {
    gotDiagnostics = resolve;
  });
  const session = await lspSession(path.dirname(file), {
    onNotification: {
      "textDocument/publishDiagnostics": (p) => {
        if (p.uri === uri && p.diagnostics.length) gotDiagnostics(p.diagnostics);
      },
    },
  });
  const { conn } = session;
  try {
    session.open(uri, text);
    const diags = await within(diagnostics, session, "no diagnostics from the server within 15s");
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
    await session.close();
  }
}

/** `promise`, or a rejection after 15 s or when the server exits. */
function within(promise, session, message) {
  return new Promise((resolve, reject) => {
    promise.then(resolve, reject);
    session.proc.on("exit", (code) => reject(new Error(`server exited ${code}: ${session.stderr}`)));
    setTimeout(() => reject(new Error(`${message}: ${session.stderr}`)), 15000).unref();
  });
}

/**
 * What the server says of the plans' readiness: every plan of the folder `root`
 * (allianceLint/workspaceReadiness) and, for each `{uri, text}` of `documents`, the
 * readiness of that text opened as a buffer (allianceLint/planReadiness).
 */
export async function serverReadiness(root, documents = []) {
  const session = await lspSession(root);
  try {
    const workspace = await within(session.conn.sendRequest("allianceLint/workspaceReadiness", {}), session, "no workspace readiness");
    const opened = [];
    for (const { uri, text } of documents) {
      session.open(uri, text);
      opened.push(await within(session.conn.sendRequest("allianceLint/planReadiness", { uri }), session, `no readiness for ${uri}`));
    }
    return { workspace, documents: opened };
  } finally {
    await session.close();
  }
}
