/**
 * Regression guard for detection quality on the labelled sets in the repo. They were held out
 * when written (see the README in each set) and informed fixes after their first measurement, so
 * they now guard against regressions; they do not estimate quality on unseen plans.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { f1, HEADLINE, readLabels, scoreSet } from "../helpers/score";

const sets = ["test/holdout", "test/holdout-b"].map((dir) => resolve(__dirname, "../..", dir));

describe.each(sets)("%s", (root) => {
  const tally = scoreSet(root, readLabels(resolve(root, "labels.json")));
  it.each(HEADLINE)("%s keeps F1 of at least 0.9", (rule) => {
    expect(f1(tally[rule])).toBeGreaterThanOrEqual(0.9);
  });
});
