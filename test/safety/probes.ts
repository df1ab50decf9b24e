/**
 * Pathological plans for the regex probes of issue 7: a clean plan in each language with one
 * section or line replaced by an input that made a regex backtrack super-linearly. Shared by
 * test/safety/pathological.test.ts and the timing script that measures them.
 */
import type { Lang } from "../../server/engine/model";

export interface Probe {
  name: string;
  lang: Lang;
  text: string;
  /** Rule ids the plan must report, sorted; [] for a plan that stays clean. */
  rules: string[];
}

interface Parts {
  objective: string;
  kpi: string;
  exit: string;
  ip: string;
  extra?: string;
}

const JA: Parts = {
  objective: "2027年3月末までに共同配送の対象店舗を120店に広げ、配送費を15％削減する。",
  kpi: "- 共同配送の対象店舗数：目標120店（現在40店）\n- 配送費の削減率：目標15％\n\n両社の運営委員会で毎月KPIを確認する。",
  exit: "本提携の期間は2025年4月1日から2028年3月31日までとする。いずれの当事者も、3か月前までに書面で通知することにより本提携を解約できる。",
  ip: "各社が従前から保有する知的財産権は各社に帰属する。本提携で新たに生じた成果の知的財産権は両社の共有とし、持分は各50％とする。",
};

const EN: Parts = {
  objective: "Cut shared delivery costs by 15% across 120 stores by March 2027.",
  kpi: "- Stores on shared delivery: target 120 (currently 40)\n- Delivery cost reduction: target 15%\n\nThe joint steering committee reviews the KPIs monthly.",
  exit: "The alliance runs from 1 April 2025 to 31 March 2028. Either party may terminate the alliance by giving three months' written notice.",
  ip: "Each party keeps the IP it owned before the alliance. Results developed together are jointly owned, 50% each.",
};

const TITLES: Record<Lang, Record<keyof Parts, string>> = {
  ja: { objective: "目的", kpi: "KPI", exit: "期間と終了", ip: "知的財産", extra: "備考" },
  en: { objective: "Objective", kpi: "KPIs", exit: "Term and termination", ip: "Intellectual property", extra: "Notes" },
};

/** A complete plan in `lang`, with the given sections replaced. */
export function plan(lang: Lang, patch: Partial<Parts> = {}): string {
  const parts: Parts = { ...(lang === "ja" ? JA : EN), ...patch };
  const head = lang === "ja" ? "# 共同配送提携計画" : "# Shared delivery alliance plan";
  const sections = (Object.keys(TITLES[lang]) as (keyof Parts)[])
    .filter((key) => parts[key] !== undefined)
    .map((key) => `## ${TITLES[lang][key]}\n\n${parts[key]}\n`);
  return [head, "", ...sections].join("\n");
}

const spaces = (n: number) => " ".repeat(n);
const digits = (n: number) => "1234567890".repeat(n / 10);

/** The probes at the sizes of the measurements. */
export const PROBES: Probe[] = [
  // TIME_BOUND: `within` + spaces + a missing unit tried every way the optional parts allow.
  {
    name: "en objective: within + 20,000 spaces",
    lang: "en",
    text: plan("en", { objective: `Grow revenue within${spaces(20_000)}reach.` }),
    rules: ["vague-objective"],
  },
  {
    name: "ja objective: 以内 after 20,000 spaces",
    lang: "ja",
    text: plan("ja", { objective: `売上を伸ばす。12${spaces(20_000)}以内` }),
    // Segmentation cuts a sentence longer than its 8K window: 「以内」 stands alone after the spaces.
    rules: [],
  },
  // BASELINE_VALUE: 現在 / current + spaces, each space a new split between three quantifiers.
  {
    name: "ja KPI: 現在 + 20,000 spaces",
    lang: "ja",
    text: plan("ja", { kpi: JA.kpi.replace("（現在40店）", `（現在${spaces(20_000)}）`) }),
    rules: [],
  },
  {
    name: "en KPI: current + 20,000 spaces",
    lang: "en",
    text: plan("en", { kpi: EN.kpi.replace("(currently 40)", `(current${spaces(20_000)})`) }),
    rules: [],
  },
  // QUANTITY: `from` + \S*\d[\d,.]*\S* over one digit run.
  {
    name: "en objective: from 1 + 50,000 digits",
    lang: "en",
    text: plan("en", { objective: `Grow revenue from 1${digits(50_000)}.` }),
    rules: ["vague-objective"],
  },
  // DATE_LIKE and QUANTITY on a digit run with no unit after it.
  {
    name: "ja objective: 100,000 digits",
    lang: "ja",
    text: plan("ja", { objective: `2027年3月末までに売上${digits(100_000)}を目指す。` }),
    // Cut into 8K pieces: the last, 「…を目指す。」, has lost its deadline to the first.
    rules: ["vague-objective"],
  },
  // OWNERSHIP (`\d+\s*%\s*/…`, `\d+\s*/\s*\d+ split`) and BACKGROUND on 200 KB of digits.
  {
    name: "en IP: 200 KB of digits",
    lang: "en",
    text: plan("en", { ip: `${EN.ip}\n\n${digits(200_000)}` }),
    rules: [],
  },
  {
    name: "ja IP: 200 KB of digits",
    lang: "ja",
    text: plan("ja", { ip: `${JA.ip}\n\n${digits(200_000)}` }),
    rules: [],
  },
  // END_CONDITIONS: the notice pattern's `.*\d+` and the term pattern on long runs.
  {
    name: "ja exit: 満了 + 100,000 digits",
    lang: "ja",
    text: plan("ja", { exit: `満了${digits(100_000)}` }),
    rules: ["missing-exit-clause"],
  },
  {
    name: "en exit: term + 100,000 digits",
    lang: "en",
    text: plan("en", { exit: `The term ${digits(100_000)}` }),
    rules: ["missing-exit-clause"],
  },
  // SOFT_BREAK's lookbehind and the trailing-space trims on long runs of spaces inside a paragraph.
  {
    name: "en paragraph: comma + 100,000 spaces + line break",
    lang: "en",
    text: plan("en", { extra: `Notes,${spaces(100_000)}\nand more notes${spaces(100_000)}x` }),
    rules: [],
  },
  {
    name: "ja paragraph: 、 + 100,000 spaces + line break",
    lang: "ja",
    text: plan("ja", { extra: `備考、${spaces(100_000)}\nその他${spaces(100_000)}あり` }),
    rules: [],
  },
];
