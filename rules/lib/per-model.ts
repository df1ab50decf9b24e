/**
 * Facts of a plan that several rules read (its date, its term, its parties): computed once per
 * model and vocabulary, so turning on more rules does not read the plan again.
 */
import type { PlanModel } from "../../server/engine/model";
import type { Vocabulary } from "../vocab";

export function perModel<T>(compute: (model: PlanModel, v: Vocabulary) => T): (model: PlanModel, v: Vocabulary) => T {
  const known = new WeakMap<PlanModel, { v: Vocabulary; value: T }>();
  return (model, v) => {
    const hit = known.get(model);
    if (hit?.v === v) return hit.value;
    const value = compute(model, v);
    known.set(model, { v, value });
    return value;
  };
}
