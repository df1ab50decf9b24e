// End to end in a real VS Code: code-server 4.100.3 (= VS Code 1.100.3, with the real Node
// extension host) driven through Debian's Chromium by playwright-core.
//
// The packaged .vsix is installed into a fresh extensions folder and a copy of
// test/e2e/workspace/ (three plans) is opened. First, readiness: the "Alliance plans" tree
// lists the three plans with the readiness the server reports; on the plan that lacks only
// an exit clause the status bar and the title's CodeLens say "Plan 3/4 ready"; its exit-clause
// quick fix turns the element "template not filled" (still 3/4); filling the template's
// placeholders with Find/Replace turns it ✅ ("Plan 4/4 ready"). Then for the Japanese and the
// English plan:
//   1. the headline diagnostics appear in the Problems panel with their rule ids;
//   2. the hover on the exit-clause squiggle shows the rule's rationale;
//   3. the exit-clause quick fix inserts the template; after Ctrl+S the file on disk equals
//      the text the server's own code action produces (cross-checked with the engine's
//      fixText restricted to missing-exit-clause, and with `dist/cli.js --stdin --fix` with
//      every other rule off), and that diagnostic is gone.
// Last, "New alliance plan…" (English, default file name) writes the scaffold of the built-in
// templates, and the plans view and the status bar show it as "0/4".
// Screenshots go to .e2e/screenshots/.
//
// Run through `npm run test:e2e` (scripts/e2e/run.mjs), which installs code-server and
// builds and packages the extension first. Env: ALLIANCE_E2E_VSIX (the .vsix to install).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import {
  REPO,
  CODE_SERVER,
  SCREENSHOTS,
  PLANS,
  EXIT_RULE,
  HEADLINE_RULES,
  DIST_SERVER,
  DIST_CLI,
  copyWorkspace,
  requireFile,
  serverQuickFix,
  serverReadiness,
  log,
} from "./lib/common.mjs";
import { loadEngine, fixOnly } from "./lib/engine.mjs";

const CHROMIUM = process.env.ALLIANCE_E2E_CHROMIUM || "/usr/bin/chromium";
// As root on a machine whose network is closed: no sandbox, and none of Chromium's own
// background connections (they are refused, many at a time, and slow the start down).
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const VIEWPORT = { width: 1500, height: 1000 };
/** The plan the readiness test completes: every headline element but the exit clause. */
const READINESS_PLAN = { lang: "ja", file: "ja-retail-data.alliance.md" };
/** What the e2e writes into the exit template's placeholders; any other is filled with its own words. */
const FILL = { 開始日: "2026年4月1日", 終了日: "2029年3月31日", 移行計画: "両社が合意する移行計画" };
const PLACEHOLDER = /〔([^〔〕\n]*)〕/g;

function findVsix() {
  if (process.env.ALLIANCE_E2E_VSIX) return path.resolve(process.env.ALLIANCE_E2E_VSIX);
  const vsixes = fs
    .readdirSync(REPO)
    .filter((f) => f.endsWith(".vsix"))
    .map((f) => path.join(REPO, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!vsixes.length) throw new Error("no .vsix in the repository root: run `npm run package` (or `npm run test:e2e`)");
  return vsixes[0];
}

const state = {};

before(async () => {
  requireFile(CODE_SERVER, "run scripts/e2e/install-code-server.sh (npm run test:e2e does)");
  requireFile(CHROMIUM, "install Debian's chromium (scripts/e2e/install-code-server.sh does, as root)");
  requireFile(DIST_SERVER, "run npm run build");
  requireFile(DIST_CLI, "run npm run build");
  state.vsix = findVsix();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  const { dir, ws } = copyWorkspace("alliance-lint-vscode-e2e-");
  Object.assign(state, {
    dir,
    ws,
    ud: path.join(dir, "user-data"),
    ext: path.join(dir, "extensions"),
    cfg: path.join(dir, "code-server.yaml"),
  });
  fs.mkdirSync(path.join(state.ud, "User"), { recursive: true });
  fs.mkdirSync(state.ext, { recursive: true });
  // Our own config file: without --config code-server writes ~/.config/code-server/config.yaml.
  fs.writeFileSync(state.cfg, "bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n");
  fs.writeFileSync(
    path.join(state.ud, "User", "settings.json"),
    JSON.stringify(
      {
        "workbench.startupEditor": "none",
        "security.workspace.trust.enabled": false,
        "telemetry.telemetryLevel": "off",
        "extensions.autoCheckUpdates": false,
        "extensions.autoUpdate": false,
        "update.mode": "none",
        "workbench.enableExperiments": false,
        "workbench.tips.enabled": false,
        "chat.commandCenter.enabled": false,
        "editor.lightbulb.enabled": "on",
        "editor.hover.delay": 200,
        // what is saved must be exactly what the quick fix produced
        "files.insertFinalNewline": false,
        "files.trimTrailingWhitespace": false,
        "editor.formatOnSave": false,
        "files.autoSave": "off",
      },
      null,
      2,
    ),
  );

  // What the server itself offers, over stdio, before any editor is involved: the expected
  // diagnostics, the exit-clause fix, and the text that fix produces.
  const engine = await loadEngine();
  for (const plan of PLANS) {
    const file = path.join(state.ws, plan.file);
    const original = fs.readFileSync(file, "utf8");
    const fromServer = await serverQuickFix(file, EXIT_RULE);
    const codes = fromServer.diagnostics.map((d) => d.code);
    log(`${plan.file}: server reports ${codes.join(", ")}`);
    assert.ok(fromServer.target, `${plan.file}: the server reports no ${EXIT_RULE} (got ${codes.join(", ")})`);
    assert.ok(fromServer.fix, `${plan.file}: the server offers no quick fix for ${EXIT_RULE}: ${JSON.stringify(fromServer.actions)}`);
    const fromEngine = await fixOnly(original, file, EXIT_RULE);
    assert.equal(fromServer.fixedText, fromEngine, `${plan.file}: the server's quick fix and the engine's fixText disagree`);
    // and the built CLI, every other rule off: `--stdin --fix` prints the fixed text
    const others = engine.RULES.map((r) => r.meta.id)
      .filter((id) => id !== EXIT_RULE)
      .flatMap((id) => ["--rule", `${id}:off`]);
    const cli = spawnSync(process.execPath, [DIST_CLI, "--stdin", "--stdin-filename", file, "--fix", ...others], {
      input: original,
      encoding: "utf8",
      cwd: state.ws,
    });
    assert.ok(cli.status === 0 || cli.status === 1, `dist/cli.js exited ${cli.status}: ${cli.stderr}`);
    assert.equal(cli.stdout, fromEngine, `${plan.file}: dist/cli.js --fix and the engine's fixText disagree`);
    assert.notEqual(fromEngine, original);
    const rationale = engine.ruleById(EXIT_RULE).meta.rationale[plan.lang];
    plan.expected = fromEngine;
    plan.fixTitle = fromServer.fix.title;
    plan.headline = [...new Set(codes.filter((c) => HEADLINE_RULES.includes(c)))];
    // a position inside the squiggle: one character in, unless the range is shorter than that
    const { start, end } = fromServer.target.range;
    plan.exitLine = start.line;
    plan.exitChar = start.character + (end.line > start.line || end.character - start.character > 1 ? 1 : 0);
    // the rationale's first sentence, as the hover shows it
    plan.rationalePhrase = rationale.split(/(?<=[。.])\s*/)[0].replace(/[。.]$/, "");
  }

  state.readiness = await readinessExpectations();

  execFileSync(
    CODE_SERVER,
    ["--config", state.cfg, "--user-data-dir", state.ud, "--extensions-dir", state.ext, "--install-extension", state.vsix],
    { stdio: "inherit" },
  );
  log("installed", path.relative(REPO, state.vsix));

  state.cs = await startCodeServer();
  log("code-server at", state.cs.url, "pid", state.cs.proc.pid);
  state.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  state.page = await state.browser.newPage({ viewport: VIEWPORT });
  state.page.on("pageerror", (e) => log("pageerror", e.message));
  await state.page.goto(`${state.cs.url}/?folder=${encodeURIComponent(state.ws)}`);
  await state.page.locator(".monaco-workbench").waitFor({ timeout: 90000 });
  await explorerRow(PLANS[0].file).waitFor({ timeout: 90000 });
  log("workbench up");
});

after(async () => {
  if (state.browser) await state.browser.close().catch(() => {});
  if (state.cs) {
    try {
      process.kill(-state.cs.proc.pid, "SIGTERM");
    } catch {
      // our own process group only; it may have exited already
    }
  }
  if (state.dir && !process.env.ALLIANCE_E2E_KEEP) fs.rmSync(state.dir, { recursive: true, force: true });
  else if (state.dir) log("kept", state.dir);
});

/**
 * What the server reports, over stdio, for the readiness test: the three plans; the exit
 * element of READINESS_PLAN missing, then unfilled after the fix, then present once the
 * fix's placeholders are filled.
 */
async function readinessExpectations() {
  const file = path.join(state.ws, READINESS_PLAN.file);
  const fix = await serverQuickFix(file, EXIT_RULE);
  assert.ok(fix.fix, `${READINESS_PLAN.file}: the server offers no ${EXIT_RULE} fix`);
  const fills = [...new Set([...fix.fixedText.matchAll(PLACEHOLDER)].map((m) => m[0]))].map((placeholder) => ({
    placeholder,
    value: FILL[placeholder.slice(1, -1)] ?? placeholder.slice(1, -1),
  }));
  assert.ok(fills.length > 0, "the exit template has placeholders to fill");
  const filledText = fills.reduce((text, { placeholder, value }) => text.replaceAll(placeholder, value), fix.fixedText);
  // The edited texts as buffers of their own (they are not on disk).
  const buffer = (name, text) => ({ uri: pathToFileURL(path.join(state.ws, name)).href, text });
  const { workspace, documents } = await serverReadiness(state.ws, [
    buffer("fixed.alliance.md", fix.fixedText),
    buffer("filled.alliance.md", filledText),
  ]);
  log("workspace readiness:", JSON.stringify(workspace.map((p) => [p.title, p.readyCount, p.total])));
  assert.equal(workspace.length, PLANS.length + 1, "the server reports every plan of the workspace");
  const plan = workspace.find((p) => p.uri === pathToFileURL(file).href);
  assert.ok(plan, `${READINESS_PLAN.file} in the workspace readiness`);
  const exitOf = (p) => p.elements.find((e) => e.element === "exit");
  const [fixed, filled] = documents;
  assert.deepEqual(
    [plan, fixed, filled].map((p) => [exitOf(p).state, p.readyCount, p.total, p.ready]),
    [
      ["missing", 3, 4, false],
      ["unfilled", 3, 4, false],
      ["present", 4, 4, true],
    ],
    "the server's readiness: exit missing, then template not filled, then present",
  );
  return { file, plan, workspace, exitLabel: exitOf(plan).label, fix, fills, filledText };
}

function startCodeServer() {
  const args = [
    "--config",
    state.cfg,
    "--bind-addr",
    "127.0.0.1:0",
    "--auth",
    "none",
    "--user-data-dir",
    state.ud,
    "--extensions-dir",
    state.ext,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--ignore-last-opened",
  ];
  // its own process group, so it and its extension hosts can be stopped together
  const proc = spawn(CODE_SERVER, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const logFile = fs.createWriteStream(path.join(state.dir, "code-server.log"));
  proc.stdout.pipe(logFile);
  proc.stderr.pipe(logFile);
  return new Promise((resolve, reject) => {
    let buf = "";
    const onData = (d) => {
      buf += d;
      const m = buf.match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve({ proc, url: m[1] });
    };
    proc.stdout.on("data", onData);
    proc.stderr.on("data", onData);
    proc.on("exit", (c) => reject(new Error(`code-server exited ${c}:\n${buf}`)));
    setTimeout(() => reject(new Error(`code-server did not start within 60s:\n${buf}`)), 60000).unref();
  });
}

const explorerRow = (file) => state.page.locator(".explorer-folders-view .monaco-list-row", { hasText: file });
const editor = () => state.page.locator(".editor-instance .monaco-editor").first();

async function shot(name) {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await state.page.screenshot({ path: file });
  log("screenshot", path.relative(REPO, file));
}

/** Show the Problems panel, filtered by `filter` ('' for none); returns its text. */
async function problems(filter) {
  const page = state.page;
  if (
    !(await page
      .locator(".markers-panel")
      .isVisible()
      .catch(() => false))
  ) {
    await editor().click();
    await page.keyboard.press("Control+Shift+M"); // View: Toggle Problems
    await page.locator(".markers-panel").waitFor({ state: "visible", timeout: 30000 });
  }
  const input = page.locator(".viewpane-filter input").first();
  await input.fill(filter);
  await page.waitForTimeout(400); // the filter is applied after a short debounce
  return page.locator(".markers-panel").innerText();
}

/** Rows of the Problems panel (file rows and marker rows). */
async function problemRows() {
  return state.page.locator(".markers-panel .monaco-list-row").allInnerTexts();
}

async function waitFor(what, fn, timeout = 30000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last.ok) return last;
    await state.page.waitForTimeout(250);
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last?.seen ?? last)}`);
}

/** Put the cursor at a 0-based position (Ctrl+G takes line:column, 1-based). */
async function goTo(line, character) {
  await editor().click();
  await state.page.keyboard.press("Control+G");
  // typed before the box is up, the position would go into the document
  const input = state.page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: 10000 });
  await input.fill(`:${line + 1}:${character + 1}`); // ":" is Go to Line's prefix in the box
  await input.press("Enter");
  await state.page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 10000 });
}

/**
 * Ctrl+. at the cursor opens the quick-fix menu; mouse clicks on it are swallowed by
 * .context-view-pointerBlock, so the entry titled `title` is picked with the arrow keys and Enter.
 */
async function applyQuickFix(title, screenshot) {
  const page = state.page;
  await page.keyboard.press("Control+.");
  const menu = page.locator(".action-widget");
  await menu
    .locator(".monaco-list-row", { hasText: title })
    .first()
    .waitFor({ timeout: 30000 })
    .catch(async (error) => {
      await shot(`${screenshot}-FAILED`);
      throw error;
    });
  const entries = await menu.locator(".monaco-list-row").allInnerTexts();
  log("quick fixes:", JSON.stringify(entries));
  for (let i = 0; i < entries.length + 1; i++) {
    const focused = await menu
      .locator(".monaco-list-row.focused")
      .innerText()
      .catch(() => "");
    if (focused.includes(title)) break;
    await page.keyboard.press("ArrowDown");
  }
  assert.ok((await menu.locator(".monaco-list-row.focused").innerText()).includes(title), `"${title}" selected`);
  await shot(screenshot);
  await page.keyboard.press("Enter");
  await menu.waitFor({ state: "hidden", timeout: 10000 }).catch(() => {});
}

/** Save the active editor and wait for the file on disk to read `expected`. */
async function saveAndExpect(file, expected, what) {
  await editor().click();
  await state.page.keyboard.press("Control+S");
  // the save goes over the websocket: poll the file on disk
  const saved = await waitFor(
    what,
    async () => {
      const text = fs.readFileSync(file, "utf8");
      return { ok: text === expected, text, seen: text.slice(-400) };
    },
    30000,
  ).catch(() => ({ ok: false, text: fs.readFileSync(file, "utf8") }));
  if (!saved.ok) assert.equal(saved.text, expected, what);
}

/** The "Alliance plans" view in the Explorer, expanded. */
async function plansView() {
  const pane = state.page.locator(".pane", { has: state.page.locator(".pane-header", { hasText: "Alliance plans" }) });
  const header = pane.locator(".pane-header");
  await header.waitFor({ timeout: 60000 });
  if ((await header.getAttribute("aria-expanded")) === "false") await header.click();
  return pane.locator(".pane-body");
}

/** A row of the plans view holding every one of `texts`. */
const treeRow = (view, ...texts) => texts.reduce((row, text) => row.filter({ hasText: text }), view.locator(".monaco-list-row"));
const statusItem = (text) => state.page.locator(".statusbar-item", { hasText: text });
const codeLens = (text) => editor().locator(".codelens-decoration", { hasText: text });

test(
  "VS Code: readiness in the plans view, the status bar and the CodeLens, from missing to template not filled to ready",
  { timeout: 240000 },
  async () => {
    // the files view folded, so the plans view has the Explorer's height (unfolded at the end)
    await filesView(false);
    try {
      await readinessSteps(state.readiness);
    } finally {
      await filesView(true);
    }
  },
);

/** Fold or unfold the Explorer's files view (its header is found while its body is there). */
async function filesView(expanded) {
  state.filesHeader ??= await state.page
    .locator(".pane", { has: state.page.locator(".explorer-folders-view") })
    .locator(".pane-header")
    .elementHandle();
  if ((await state.filesHeader.getAttribute("aria-expanded")) !== String(expanded)) await state.filesHeader.click();
}

/** Missing → template not filled → ready, seen in the plans view, the status bar and the CodeLens. */
async function readinessSteps({ file, plan, workspace, exitLabel, fix, fills, filledText }) {
  const page = state.page;

  // 1) the tree lists every plan of the workspace with its readiness, before any is opened
  const view = await plansView();
  for (const p of workspace) await treeRow(view, p.title, `${p.readyCount}/${p.total}`).first().waitFor({ timeout: 60000 });
  log("plans view:", JSON.stringify(await view.locator(".monaco-list-row").allInnerTexts()));
  await shot("readiness-1-plans-view");

  // 2) open the plan from the tree: the status bar and the title's CodeLens say "Plan 3/4 ready"
  await treeRow(view, plan.title).first().click();
  await page.locator(".tabs-container .tab.active", { hasText: READINESS_PLAN.file }).waitFor({ timeout: 30000 });
  await statusItem("Plan 3/4 ready").waitFor({ timeout: 60000 });
  await codeLens("Plan 3/4 ready").waitFor({ timeout: 60000 });
  const lens = await codeLens("Plan 3/4 ready").innerText();
  log("CodeLens:", JSON.stringify(lens));
  assert.ok(lens.includes(`Missing: ${exitLabel}`), `the CodeLens names the missing exit clause: ${lens}`);
  // its tooltip lists what is missing
  await statusItem("Plan 3/4 ready").hover();
  const tooltip = page.locator(".monaco-hover:not(.hidden)", { hasText: `Missing: ${exitLabel}` });
  await tooltip.first().waitFor({ timeout: 30000 });
  log("status bar tooltip:", JSON.stringify(await tooltip.first().innerText()));
  await shot("readiness-2-status-bar-tooltip");
  // clicking the status bar item reveals the plan in the tree, its elements listed
  await statusItem("Plan 3/4 ready").click();
  await treeRow(view, exitLabel, "missing").first().waitFor({ timeout: 30000 });
  log("plans view:", JSON.stringify(await view.locator(".monaco-list-row").allInnerTexts()));
  await shot("readiness-3-status-bar-and-tree");

  // 3) the exit-clause quick fix: the element turns "template not filled", the plan stays 3/4
  await goTo(fix.target.range.start.line, fix.target.range.start.character);
  await applyQuickFix(fix.fix.title, "readiness-4-quickfix");
  await saveAndExpect(file, fix.fixedText, "the saved plan equals the server's exit-clause fix");
  await treeRow(view, exitLabel, "template not filled").first().waitFor({ timeout: 30000 });
  await statusItem("Plan 3/4 ready").waitFor({ timeout: 30000 });
  await codeLens("Template not filled").waitFor({ timeout: 30000 });
  log("CodeLens:", JSON.stringify(await codeLens("Plan").first().innerText()));
  await shot("readiness-5-template-not-filled");

  // 4) fill the placeholders with Find/Replace: the element turns ✅ and the plan is ready
  for (const { placeholder, value } of fills) await replaceAll(placeholder, value);
  await saveAndExpect(file, filledText, "the saved plan has every placeholder filled");
  await treeRow(view, exitLabel, "present").first().waitFor({ timeout: 30000 });
  await statusItem("Plan 4/4 ready").waitFor({ timeout: 30000 });
  await codeLens("Plan 4/4 ready").waitFor({ timeout: 30000 });
  log("plans view:", JSON.stringify(await view.locator(".monaco-list-row").allInnerTexts()));
  await shot("readiness-6-ready");
}

/** Edit → Replace (Ctrl+H) in the active editor, then Replace All (Ctrl+Alt+Enter). */
async function replaceAll(find, replacement) {
  const page = state.page;
  await editor().click();
  await page.keyboard.press("Control+H");
  const widget = editor().locator(".find-widget");
  await widget.locator(".replace-part textarea").waitFor({ timeout: 10000 });
  await widget.locator(".find-part textarea").fill(find);
  await widget.locator(".replace-part textarea").fill(replacement);
  await widget.locator(".replace-part textarea").press("Control+Alt+Enter");
  await page.keyboard.press("Escape");
}

for (const plan of PLANS) {
  test(`VS Code: ${plan.lang} plan ${plan.file}: Problems panel, hover, exit-clause quick fix`, { timeout: 240000 }, async () => {
    const page = state.page;
    const file = path.join(state.ws, plan.file);

    // open the plan from the Explorer
    await explorerRow(plan.file).click();
    await page.locator(".tabs-container .tab.active", { hasText: plan.file }).waitFor({ timeout: 30000 });
    await editor().locator(".view-lines").waitFor();
    await editor().locator(".squiggly-error, .squiggly-warning").first().waitFor({ timeout: 60000 });
    log(plan.file, "open, squiggles visible");

    // 1) Problems panel: every headline rule the server reported, by rule id, under this file
    const panel = await waitFor("the headline rule ids in the Problems panel", async () => {
      const text = await problems(plan.file);
      const missing = plan.headline.filter((id) => !text.includes(id));
      return { ok: missing.length === 0 && text.includes(plan.file), text, seen: { missing, text } };
    });
    log("Problems panel:", JSON.stringify(panel.text));
    for (const id of plan.headline) assert.ok(panel.text.includes(id), `rule id ${id} in the Problems panel`);
    assert.ok(plan.headline.includes(EXIT_RULE));
    await shot(`${plan.lang}-1-problems`);

    // 2) hover on the exit-clause squiggle (Ctrl+G to its position, then Ctrl+K Ctrl+I)
    await goTo(plan.exitLine, plan.exitChar);
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    const hover = page.locator(".monaco-hover:not(.hidden)", { hasText: plan.rationalePhrase });
    const shown = await hover
      .first()
      .waitFor({ state: "visible", timeout: 30000 })
      .then(
        () => true,
        () => false,
      );
    if (!shown) {
      await shot(`${plan.lang}-2-hover-FAILED`);
      const seen = await page.locator(".monaco-hover:not(.hidden)").allInnerTexts();
      assert.fail(
        `the hover at ${plan.exitLine + 1}:${plan.exitChar + 1} does not show "${plan.rationalePhrase}"; hovers shown: ${JSON.stringify(seen)}`,
      );
    }
    const hoverText = await hover.first().innerText();
    log("hover:", JSON.stringify(hoverText.slice(0, 300)));
    assert.ok(hoverText.includes(plan.rationalePhrase), "the hover shows the rule rationale");
    await shot(`${plan.lang}-2-hover`);
    await page.keyboard.press("Escape");

    // 3) quick fix: Ctrl+. at the diagnostic opens the menu; mouse clicks on it are swallowed
    // by .context-view-pointerBlock, so pick the entry with the arrow keys and Enter
    await applyQuickFix(plan.fixTitle, `${plan.lang}-3-quickfix`);

    // the template is in the editor and the buffer is dirty; save it
    await page.locator(".tabs-container .tab.active.dirty", { hasText: plan.file }).waitFor({ timeout: 30000 });
    await saveAndExpect(file, plan.expected, "the saved file equals the server's quick fix applied to the original");
    log(plan.file, "saved; on disk equals the expected text");

    // the exit-clause diagnostic is gone (filtered by rule id: earlier plans are fixed too)
    await waitFor(`${EXIT_RULE} to leave the Problems panel`, async () => {
      await problems(EXIT_RULE);
      const rows = await problemRows();
      return { ok: !rows.some((r) => r.includes(EXIT_RULE)), seen: rows };
    });
    const after = await problems(plan.file);
    log("Problems panel after the fix:", JSON.stringify(after));
    assert.ok(!after.includes(EXIT_RULE), `${EXIT_RULE} gone from the Problems panel`);
    for (const id of plan.headline.filter((id) => id !== EXIT_RULE)) assert.ok(after.includes(id), `${id} still reported`);
    await shot(`${plan.lang}-4-after-save`);
    await problems("");
  });
}

test(
  "VS Code: New alliance plan… writes the scaffold from the templates, and the plans view and status bar show it",
  { timeout: 120000 },
  async () => {
    const page = state.page;
    const { BUILT_IN_TEMPLATES, scaffoldPlan, clientTexts } = await loadEngine();
    const texts = clientTexts("en").newPlan;
    const expected = scaffoldPlan("en", BUILT_IN_TEMPLATES, texts);
    await editor().click();
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.fill(">alliance-lint: New alliance plan");
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "New alliance plan" }).first().waitFor({ timeout: 30000 });
    await input.press("Enter");
    // the language, then the file name (its default)
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "English" }).first().waitFor({ timeout: 30000 });
    await input.fill("English");
    await input.press("Enter");
    await waitFor("the file name's default", async () => {
      const value = await input.inputValue();
      return { ok: value === texts.defaultFile, seen: value };
    });
    await input.press("Enter");
    await page.locator(".tabs-container .tab.active", { hasText: texts.defaultFile }).waitFor({ timeout: 30000 });
    const file = path.join(state.ws, texts.defaultFile);
    assert.equal(fs.readFileSync(file, "utf8"), expected, "the new plan on disk is the scaffold of the built-in English templates");
    // a plan from its first lint: every headline element there, none filled in yet
    await statusItem("Plan 0/4 ready").waitFor({ timeout: 60000 });
    await filesView(false);
    try {
      const view = await plansView();
      await treeRow(view, texts.title, "0/4").first().waitFor({ timeout: 30000 });
      log("plans view:", JSON.stringify(await view.locator(".monaco-list-row").allInnerTexts()));
      await shot("new-plan");
    } finally {
      await filesView(true);
    }
  },
);
