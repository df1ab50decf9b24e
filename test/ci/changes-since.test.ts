import { afterAll, beforeAll, expect, test } from "vitest";
import { changesSince } from "../../server/ci/changes-since";
import { GitError } from "../../server/ci/git";
import { TempRepo } from "./temp-repo";

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join("\n") + "\n";
let repo: TempRepo;

beforeAll(() => {
  repo = new TempRepo();
  repo.write({ "a.md": lines(10), "b.md": lines(10), "old.md": lines(20), "gone.md": lines(3), "same.md": lines(3) });
  repo.commit("base");
  repo.write({ "a.md": lines(10).replace("line 4\n", "line four\n"), "b.md": lines(10) + "line 11\n" });
  repo.git("mv", "old.md", "renamed.md");
  repo.write({ "renamed.md": lines(20).replace("line 15\n", "line fifteen\n") });
  repo.git("rm", "-q", "gone.md");
  repo.commit("change");
  repo.write({ "untracked.md": "new\n", "a.md": lines(10).replace("line 4\n", "line four\n").replace("line 9\n", "line nine\n") });
});
afterAll(() => repo.remove());

test("changed, renamed and untracked files; not deleted or unchanged ones", () => {
  const changes = changesSince("HEAD~1", repo.dir);
  for (const file of ["a.md", "b.md", "renamed.md", "untracked.md"]) expect(changes.has(repo.path(file)), file).toBe(true);
  for (const file of ["gone.md", "same.md", "old.md"]) expect(changes.has(repo.path(file)), file).toBe(false);
});

test("changed lines are 0-based, committed and uncommitted alike", () => {
  const changes = changesSince("HEAD~1", repo.dir);
  expect(changes.linesOf(repo.path("a.md"))).toEqual(new Set([3, 8]));
  expect(changes.linesOf(repo.path("b.md"))).toEqual(new Set([10]));
  expect(changes.linesOf(repo.path("untracked.md"))).toBe("all");
});

test("a renamed file is followed: only its edited line is new", () => {
  expect(changesSince("HEAD~1", repo.dir).linesOf(repo.path("renamed.md"))).toEqual(new Set([14]));
});

test("works from a subdirectory of the repository", () => {
  repo.write({ "sub/x.md": "x\n" });
  expect(changesSince("HEAD", repo.path("sub")).has(repo.path("sub/x.md"))).toBe(true);
});

test("an unknown ref is a GitError", () => {
  expect(() => changesSince("no-such-ref", repo.dir)).toThrow(GitError);
});
