/** The checked-in standalone validators are what scripts/build-validators.mjs makes of the schemas. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("generated schema validators", () => {
  it("match the schemas", () => {
    const res = spawnSync(process.execPath, [join(__dirname, "../../scripts/build-validators.mjs"), "--check"], { encoding: "utf8" });
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
  });
});
