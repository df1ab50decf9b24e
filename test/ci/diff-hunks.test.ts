import { expect, test } from "vitest";
import { changedLinesFromDiff, unquote } from "../../server/ci/diff-hunks";

const DIFF = `diff --git a/plans/a.md b/plans/a.md
index 1111111..2222222 100644
--- a/plans/a.md
+++ b/plans/a.md
@@ -3 +3 @@ intro
-old
+new
@@ -10,0 +11,2 @@ more
+added one
+added two
@@ -20,3 +21,0 @@ gone
-x
-y
-z
diff --git a/old name.md b/計画 new.md
similarity index 90%
rename from old name.md
rename to 計画 new.md
index 3333333..4444444 100644
--- a/old name.md
+++ b/計画 new.md
@@ -1 +1 @@
-# Old
+# New
diff --git a/deleted.md b/deleted.md
deleted file mode 100644
index 5555555..0000000
--- a/deleted.md
+++ /dev/null
@@ -1,2 +0,0 @@
-a
-b
diff --git "a/tab\\there.md" "b/tab\\there.md"
--- "a/tab\\there.md"
+++ "b/tab\\there.md"
@@ -0,0 +1 @@
+first
`;

test("new-side lines of each hunk, 0-based; pure deletions add none", () => {
  const lines = changedLinesFromDiff(DIFF);
  expect([...lines.get("plans/a.md")!]).toEqual([2, 10, 11]);
});

test("renamed files are read under their new name", () => {
  expect([...changedLinesFromDiff(DIFF).get("計画 new.md")!]).toEqual([0]);
});

test("deleted files have no new side", () => {
  expect([...changedLinesFromDiff(DIFF).keys()]).toEqual(["plans/a.md", "計画 new.md", "tab\there.md"]);
});

test("quoted paths: C escapes and octal UTF-8 bytes", () => {
  expect(unquote('"b/tab\\there.md"')).toBe("b/tab\there.md");
  expect(unquote('"\\350\\250\\210\\347\\224\\273.md"')).toBe("計画.md");
  expect(unquote('"quote\\"and\\\\slash"')).toBe('quote"and\\slash');
  expect(unquote("plain.md")).toBe("plain.md");
});
