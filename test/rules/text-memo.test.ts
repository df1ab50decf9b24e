import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { beginLint, rememberTexts, TextMemo } from "../../rules/vocab/text-memo";

/** A memo whose computations are counted. */
function counted(withinLint = false) {
  const calls: string[] = [];
  const memo = new TextMemo((text) => {
    calls.push(text);
    return text.length;
  }, withinLint);
  return { memo, calls };
}

describe("TextMemo in a process that remembers (a language server's worker)", () => {
  beforeEach(() => rememberTexts(true));
  afterEach(() => rememberTexts(false));

  it("computes a text once and answers from memory after", () => {
    const { memo, calls } = counted();
    expect([memo.get("協議する"), memo.get("協議する"), memo.get("agree")]).toEqual([4, 4, 5]);
    expect(calls).toEqual(["協議する", "agree"]);
  });

  it("does not keep texts longer than 4,096 characters", () => {
    const { memo, calls } = counted();
    const long = "x".repeat(4_097);
    memo.get(long);
    memo.get(long);
    expect(calls).toHaveLength(2);
  });

  it("empties itself once the texts it holds reach two million characters", () => {
    const { memo, calls } = counted();
    const texts = Array.from({ length: 489 }, (_, i) => `${i}`.padEnd(4_096, "."));
    for (const text of texts) memo.get(text); // 489 × 4,096 = 2,002,944 characters: the last one empties it
    memo.get(texts[0]);
    memo.get(texts[488]);
    expect(calls).toHaveLength(490);
  });
});

describe("TextMemo in a one-pass run (the default)", () => {
  it("computes every time and keeps nothing", () => {
    const { memo, calls } = counted();
    expect([memo.get("協議する"), memo.get("協議する")]).toEqual([4, 4]);
    expect(calls).toEqual(["協議する", "協議する"]);
  });
});

describe("TextMemo kept within a lint, in a one-pass run", () => {
  it("computes a text once per lint and forgets it as the next lint begins", () => {
    const { memo, calls } = counted(true);
    beginLint();
    expect([memo.get("協議する"), memo.get("協議する"), memo.get("agree")]).toEqual([4, 4, 5]);
    beginLint();
    memo.get("協議する");
    expect(calls).toEqual(["協議する", "agree", "協議する"]);
  });

  it("does not keep texts longer than 4,096 characters", () => {
    const { memo, calls } = counted(true);
    const long = "x".repeat(4_097);
    beginLint();
    memo.get(long);
    memo.get(long);
    expect(calls).toHaveLength(2);
  });
});
