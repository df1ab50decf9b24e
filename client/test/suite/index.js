// The extension's test suite, run inside VS Code by ../run-test.mjs. No test framework:
// each test is an async function using the VS Code API; any failure fails the run.
// The VS Code test host loads this file as CommonJS, where require is the way to import.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS (see above)
const assert = require("node:assert/strict");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS (see above)
const path = require("node:path");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS (see above)
const vscode = require("vscode");

const workspace = process.env.ALLIANCE_LINT_TEST_WORKSPACE;
const fileUri = (rel) => vscode.Uri.file(path.join(workspace, rel));
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

/** Poll `get` until `ok` holds for its value (the server answers asynchronously). */
async function waitFor(get, ok, what, timeoutMs = 20_000) {
  const start = Date.now();
  for (;;) {
    const value = await get();
    if (ok(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "alliance-lint");
const codeOf = (d) => (typeof d.code === "object" ? d.code.value : d.code);

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

test("reports a Japanese plan's findings with rule ids and docs links", async () => {
  const { doc } = await open("ja-logistics.alliance.md");
  const diagnostics = await waitFor(
    () => ours(doc.uri),
    (d) => d.length === 4,
    "4 diagnostics",
  );
  assert.deepEqual(diagnostics.map(codeOf), ["missing-exit-clause", "vague-objective", "missing-kpi", "undefined-ip-ownership"]);
  const exit = diagnostics[0];
  assert.equal(exit.code.target.toString(), "https://github.com/alliance-lint/alliance-lint/blob/main/docs/rules/missing-exit-clause.md");
  // A plan-wide finding sits where its section would be inserted: after the last line of the KPI section.
  assert.deepEqual([exit.range.start.line, exit.range.start.character], [13, 23]);
  assert.match(exit.message, /^出口戦略/);
});

test("leaves a Markdown file that is not a plan alone", async () => {
  const { doc } = await open("README.md");
  await new Promise((resolve) => setTimeout(resolve, 1000));
  assert.deepEqual(ours(doc.uri), []);
});

test("hover explains why the rule matters, in the plan's language", async () => {
  const { doc } = await open("ja-logistics.alliance.md");
  await waitFor(
    () => ours(doc.uri),
    (d) => d.length > 0,
    "diagnostics",
  );
  const hovers = await vscode.commands.executeCommand("vscode.executeHoverProvider", doc.uri, new vscode.Position(0, 3));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
  assert.match(text, /なぜ重要か/);
  assert.match(text, /出口戦略は「撤退」ではなく/);
});

test("the quick fix inserts the exit clause template and the finding goes", async () => {
  const { doc } = await open("ja-logistics.alliance.md");
  const exit = (
    await waitFor(
      () => ours(doc.uri),
      (d) => d.some((x) => codeOf(x) === "missing-exit-clause"),
      "the exit finding",
    )
  ).find((d) => codeOf(d) === "missing-exit-clause");
  const actions = await vscode.commands.executeCommand(
    "vscode.executeCodeActionProvider",
    doc.uri,
    exit.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions.find((a) => a.title === "出口条項のテンプレートを挿入");
  assert.ok(fix, `no template fix among ${actions.map((a) => a.title).join(", ")}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.match(doc.getText(), /## 提携の終了（出口戦略）/);
  await waitFor(
    () => ours(doc.uri),
    (d) => !d.some((x) => codeOf(x) === "missing-exit-clause"),
    "the exit finding to go",
  );
  await doc.save();
});

test("Insert clause template… inserts the chosen template at the cursor", async () => {
  const { doc, editor } = await open("en-clinic.alliance.md");
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  const done = vscode.commands.executeCommand("allianceLint.insertTemplate");
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // The English templates come first for an English plan; the first is the exit clause.
  await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
  await done;
  assert.match(doc.getText(), /## Term and termination/);
  await vscode.commands.executeCommand("workbench.action.files.revert");
});

test("Lint all alliance plans reports unopened plans in the Problems panel", async () => {
  await vscode.commands.executeCommand("allianceLint.lintWorkspace");
  const third = fileUri("unopened/third.alliance.md");
  const diagnostics = await waitFor(
    () => ours(third),
    (d) => d.length > 0,
    "the unopened plan's diagnostics",
  );
  assert.ok(diagnostics.some((d) => codeOf(d) === "undefined-ip-ownership"));
  assert.deepEqual(ours(fileUri("README.md")), []);
});

test("allianceLint.locale switches the messages' language", async () => {
  const { doc } = await open("ja-logistics.alliance.md");
  const settings = vscode.workspace.getConfiguration("allianceLint");
  await settings.update("locale", "en", vscode.ConfigurationTarget.Workspace);
  try {
    await waitFor(
      () => ours(doc.uri),
      (d) => d.length > 0 && d.every((x) => /^[\x20-\x7e]+$/.test(x.message)),
      "English messages",
    );
  } finally {
    await settings.update("locale", undefined, vscode.ConfigurationTarget.Workspace);
  }
});

test("source.fixAll.allianceLint runs on save (editor.codeActionsOnSave)", async () => {
  const editorSettings = vscode.workspace.getConfiguration("editor", { languageId: "markdown" });
  await editorSettings.update(
    "codeActionsOnSave",
    { "source.fixAll.allianceLint": "explicit" },
    vscode.ConfigurationTarget.Workspace,
    true,
  );
  try {
    const { doc, editor } = await open("en-clinic.alliance.md");
    await waitFor(
      () => ours(doc.uri),
      (d) => d.length > 0,
      "diagnostics",
    );
    // A change, so that saving runs the save participants.
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, "\n"));
    await doc.save();
    assert.match(doc.getText(), /## Term and termination/);
    await waitFor(
      () => ours(doc.uri),
      (d) => !d.some((x) => codeOf(x) === "missing-exit-clause"),
      "the exit finding to go",
    );
  } finally {
    await editorSettings.update("codeActionsOnSave", undefined, vscode.ConfigurationTarget.Workspace, true);
  }
});

exports.run = async function run() {
  assert.ok(workspace, "ALLIANCE_LINT_TEST_WORKSPACE is not set (run through client/test/run-test.mjs)");
  const failures = [];
  for (const { name, fn } of tests) {
    try {
      await fn();
      console.log(`  ✔ ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`  ✘ ${name}\n    ${error && error.stack ? error.stack : error}`);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} extension test(s) failed: ${failures.join("; ")}`);
};
