/**
 * The readiness model's shape (issue 10): how each plan element stands. No imports, so the
 * LSP protocol (which the VS Code client reads) can re-export it.
 */

/**
 * `present`: no finding. `weak`: the element is there but a rule finds it wanting. `missing`:
 * not there, or only deferred ("TBD", 「別途協議」). `unfilled`: its text still holds a template
 * placeholder — never ✅, and the plan is not ready.
 */
export type ElementState = "present" | "weak" | "missing" | "unfilled";

export interface ElementReadiness {
  /** The element id (`objective`, `kpi`, `exit`, `ip`, and any element a later rule checks). */
  element: string;
  /** Its name in the message locale, e.g. "Exit clause" / 「出口条項」. */
  label: string;
  state: ElementState;
  /** Where to jump (0-based line): the element's section, else its first finding (a missing one: where its section would go). */
  line?: number;
  /** The findings that make it weak, missing or unfilled, as their messages. */
  messages: string[];
}

/** A plan's readiness, as the engine computes it (the LSP's `PlanReadiness` adds the uri). */
export interface Readiness {
  /** The plan's title (front matter `title`, else its first heading, else the file name). */
  title: string;
  /**
   * No headline element missing, unfilled or weak by an error; no element unfilled; no error
   * finding at all (so a ready plan never fails the run at the default --fail-on).
   */
  ready: boolean;
  /** Headline elements that do not block (present, or weak by warnings only), of how many: "Plan 3/4 ready". */
  readyCount: number;
  total: number;
  /** The headline elements (objective, KPIs, exit, IP): they decide "ready". */
  elements: ElementReadiness[];
  /** The other elements checked (governance, form, roles, …): the checklist under it; only an unfilled one holds the plan back. */
  checklist: ElementReadiness[];
}
