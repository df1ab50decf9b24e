/**
 * `alliance-lint-server`: the language server's entry. The transport comes from the command
 * line as vscode-languageserver reads it: --node-ipc (the VS Code extension), --stdio (any
 * other editor), --socket=<port> or --pipe=<name>.
 */
import { setFlagsFromString } from "node:v8";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server";

// The server lives as long as the editor and lints in bursts (opening many plans). With V8's
// default heap growth the garbage of a burst keeps the process at about twice its needs
// (200 open plans: ~200 MB, of which ~20 MB live). Growing the young and old generations
// slowly keeps it under 100 MB at no measurable cost per lint (npm run bench:lsp).
setFlagsFromString("--semi-space-growth-factor=1");
setFlagsFromString("--heap-growing-percent=10");
// Regular expressions compiled to machine code on first use, as the CLI does (see
// scripts/cli-loader.cjs): the first lint of a plan spent ~100 ms optimising the bytecode of the
// vocabularies' large alternations, which V8 then replaces with machine code anyway.
setFlagsFromString("--no-regexp-tier-up");

startServer(createConnection(ProposedFeatures.all));
