/**
 * Asks the client to watch config files (`.alliance-lint.*` anywhere, plus any extended
 * config or team template a resolved config names), so edits on disk re-lint the plans.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileSystemWatcher } from "vscode-languageserver";
import type { ResolvedConfig } from "../config/types";

const CONFIG_GLOB = "**/.alliance-lint.*";

export class ConfigWatcher {
  private readonly extras = new Set<string>();
  private registration: Promise<Disposable> | undefined;

  constructor(
    private readonly connection: Connection,
    /** Can the client watch files for us at all (dynamic registration)? */
    private readonly canWatch: boolean,
    /** Can it watch a file outside the workspace folders (RelativePattern)? */
    private readonly relativePatterns: boolean,
  ) {}

  start(): void {
    this.register();
  }

  isConfigFile(file: string): boolean {
    return path.basename(file).startsWith(".alliance-lint.") || this.extras.has(file);
  }

  /** Watch what this config was made of, if that is more than `.alliance-lint.*` files. */
  track(config: ResolvedConfig): void {
    const files = [...config.files, ...config.templates.flatMap((t) => (t.file ? [t.file] : []))];
    const fresh = files.filter((f) => !this.isConfigFile(f));
    if (!fresh.length) return;
    for (const file of fresh) this.extras.add(file);
    if (this.relativePatterns) this.register();
  }

  private register(): void {
    if (!this.canWatch) return;
    const previous = this.registration;
    const watchers: FileSystemWatcher[] = [{ globPattern: CONFIG_GLOB }];
    if (this.relativePatterns) {
      for (const file of this.extras)
        watchers.push({ globPattern: { baseUri: pathToFileURL(path.dirname(file)).href, pattern: path.basename(file) } });
    }
    this.registration = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    void previous?.then((d) => d.dispose());
  }
}
