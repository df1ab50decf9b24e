/** A started server over stdio in a fresh temporary workspace, for one test file or describe block. */
import { afterAll, beforeAll } from "vitest";
import { ensureBuilt } from "./build";
import { TestClient, type StartOptions } from "./client";
import { tempWorkspace } from "./workspace";

export const DOCS = "https://github.com/alliance-lint/alliance-lint/blob/main/docs/rules/";

export interface Session {
  ws: string;
  client: TestClient;
}

/** Registers beforeAll/afterAll in the calling scope; the fields are set once the server runs. */
export function serverSession(options: Pick<StartOptions, "pull" | "settings"> = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    await ensureBuilt();
    session.ws = tempWorkspace();
    session.client = await TestClient.start({ root: session.ws, ...options });
  });
  afterAll(() => session.client.stop());
  return session;
}
