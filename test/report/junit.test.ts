import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "vitest";
import { junit } from "../../server/report/junit";
import { escapeAttribute, escapeText } from "../../server/report/xml-escape";
import { GOLDEN_PLANS, lintPlans, lintTexts, reportContext } from "./report-fixtures";
import { NASTY_MESSAGE, NASTY_PATH, finding, result } from "./synthetic-results";

interface Case {
  "@_name": string;
  "@_classname": string;
  "@_file": string;
  failure?: { "#text": string; "@_type": string; "@_message": string };
  error?: { "#text": string; "@_type": string; "@_message": string };
}

interface Suite {
  "@_name": string;
  "@_tests": string;
  "@_failures": string;
  "@_errors": string;
  testcase: Case[];
}

/** Validate, then parse back with entities decoded. */
function parse(xml: string): { "@_tests": string; "@_failures": string; "@_errors": string; testsuite: Suite[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    htmlEntities: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    alwaysCreateTextNode: true,
    isArray: (name) => name === "testsuite" || name === "testcase",
  });
  return parser.parse(xml).testsuites;
}

test("one testsuite per plan, one testcase per rule that ran", () => {
  const { results, context } = lintPlans(GOLDEN_PLANS.en, "en");
  const suites = parse(junit(results, context)).testsuite;
  expect(suites.map((s) => s["@_name"])).toEqual(GOLDEN_PLANS.en);
  suites.forEach((suite, i) => {
    expect(suite.testcase.map((c) => c["@_name"])).toEqual(results[i].rulesRun);
    const failedRules = new Set(results[i].findings.map((f) => f.ruleId));
    expect(suite.testcase.filter((c) => c.failure).map((c) => c["@_name"])).toEqual([...failedRules].sort(byRunOrder(results[i].rulesRun)));
    expect(Number(suite["@_failures"])).toBe(failedRules.size);
  });
});

function byRunOrder(order: string[]): (a: string, b: string) => number {
  return (a, b) => order.indexOf(a) - order.indexOf(b);
}

test("totals on <testsuites> add up", () => {
  const { results, context } = lintPlans(GOLDEN_PLANS.ja, "ja");
  const doc = parse(junit(results, context));
  const sum = (key: "@_tests" | "@_failures" | "@_errors") => doc.testsuite.reduce((n, s) => n + Number(s[key]), 0);
  expect(Number(doc["@_tests"])).toBe(sum("@_tests"));
  expect(Number(doc["@_failures"])).toBe(sum("@_failures"));
  expect(doc["@_errors"]).toBe("0");
});

test("a failure lists every finding of its rule with file:line:column", () => {
  const findings = [finding("unfilled-placeholder", "first", 3, "warn"), finding("unfilled-placeholder", "second", 7, "warn")];
  const [suite] = parse(junit([result("plan.alliance.md", findings)], reportContext("en"))).testsuite;
  const failure = suite.testcase[0].failure!;
  expect(failure["@_type"]).toBe("warning");
  expect(failure["@_message"]).toBe("first (+1)");
  expect(failure["#text"]).toBe("plan.alliance.md:4:3: warning: first\nplan.alliance.md:8:3: warning: second");
});

test("escaping: markup, quotes, line breaks and characters XML cannot hold", () => {
  const xml = junit([result(NASTY_PATH, [finding("vague-objective", NASTY_MESSAGE, 0)])], reportContext("en"));
  const [suite] = parse(xml).testsuite;
  // What XML cannot carry at all (a bell, a lone surrogate) becomes U+FFFD; the rest comes back as written.
  const carried = NASTY_MESSAGE.replace("\u0007", "\uFFFD").replace("\uD800", "\uFFFD");
  expect(suite["@_name"]).toBe(NASTY_PATH);
  expect(suite.testcase[0]["@_file"]).toBe(NASTY_PATH);
  expect(suite.testcase[0].failure!["@_message"]).toBe(carried);
  expect(suite.testcase[0].failure!["#text"]).toBe(`${NASTY_PATH}:1:3: error: ${carried}`);
});

test("escape helpers", () => {
  expect(escapeText("a<b>&c")).toBe("a&lt;b&gt;&amp;c");
  expect(escapeAttribute(`"x"\n'y'`)).toBe("&quot;x&quot;&#10;&apos;y&apos;");
});

test("an unreadable plan is an <error> in a parse-error testcase", () => {
  const { results, context } = lintTexts({ "broken.alliance.yaml": "lang: en\nobjectives: [never closed\n" });
  const doc = parse(junit(results, context));
  const [testcase] = doc.testsuite[0].testcase;
  expect(testcase["@_name"]).toBe("parse-error");
  expect(testcase.error!["@_type"]).toBe("error");
  expect(doc["@_errors"]).toBe("1");
  expect(doc["@_failures"]).toBe("0");
});

test("no plans: an empty, valid document", () => {
  const doc = parse(junit([], reportContext("en")));
  expect(doc["@_tests"]).toBe("0");
});
