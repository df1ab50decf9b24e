/**
 * Real Japanese model contracts (METI/JPO, CC BY 4.0, vendored with their licence in
 * meti-jpo-model-contracts/): the IP and exit rules stay silent while the IP and termination
 * articles are there, and speak up once those articles are deleted.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint, only } from "../helpers/lint";

const DIR = path.resolve(__dirname, "meti-jpo-model-contracts");

/**
 * The README table: which articles state IP ownership, and which end the contract. `ipElsewhere`:
 * why the document still states ownership once those articles are gone.
 */
const ARTICLES: Record<string, { ip: string[]; exit: string[]; ipElsewhere?: string }> = {
  "2": { ip: ["9"], exit: ["11", "12", "13"] },
  "3": {
    ip: ["7"],
    exit: ["16", "17", "18"],
    ipElsewhere:
      "its 想定シーン says who owns the results (「単独発明による成果物…は当該発明を行った当事者に単独帰属」), the commentary restates it, and article 3 names what each party holds at signing",
  },
  "6": { ip: ["11"], exit: ["13", "14", "15"] },
  "7": { ip: ["17", "18"], exit: ["24", "25", "26"] },
};

function corpusFile(number: string): { name: string; text: string } {
  const name = readdirSync(DIR).find((f) => f.startsWith(`${number}_`) && f.endsWith(".md"));
  if (!name) throw new Error(`corpus file ${number} not found in ${DIR}`);
  return { name, text: readFileSync(path.join(DIR, name), "utf8") };
}

const ARTICLE_HEADING = /^#{2,6}\s*(?:第\s*)?(\d+)\s*条\s*[（(]/;

/** Delete each article: its heading line up to the next article heading or `## ` heading. */
function deleteArticles(text: string, numbers: string[]): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  let deleting = false;
  let deleted = 0;
  for (const line of lines) {
    const article = ARTICLE_HEADING.exec(line);
    if (article) {
      deleting = numbers.includes(article[1]);
      if (deleting) deleted++;
    } else if (/^## /.test(line)) {
      deleting = false;
    }
    if (!deleting) kept.push(line);
  }
  expect(deleted, `articles ${numbers.join(", ")} found`).toBe(numbers.length);
  return kept.join("\n");
}

describe("METI/JPO model contracts", () => {
  it("lints all 8 files without throwing or a parse error", () => {
    const files = readdirSync(DIR).filter((f) => /^\d_.*\.md$/.test(f));
    expect(files).toHaveLength(8);
    for (const file of files) {
      const findings = lint(readFileSync(path.join(DIR, file), "utf8"), file);
      expect(only(findings, "parse-error"), file).toEqual([]);
    }
  });

  for (const [number, articles] of Object.entries(ARTICLES)) {
    describe(`file ${number}`, () => {
      const { name, text } = corpusFile(number);

      it("clean: no undefined-ip-ownership and no missing-exit-clause", () => {
        const findings = lint(text, name);
        expect(only(findings, "undefined-ip-ownership")).toEqual([]);
        expect(only(findings, "missing-exit-clause")).toEqual([]);
      });

      it(`IP articles (${articles.ip.join(", ")}条) deleted: undefined-ip-ownership ${articles.ipElsewhere ? "stays silent" : "fires"}`, () => {
        const findings = lint(deleteArticles(text, articles.ip), name);
        expect(only(findings, "undefined-ip-ownership"), articles.ipElsewhere).toHaveLength(articles.ipElsewhere ? 0 : 1);
      });

      it(`termination, term and survival articles (${articles.exit.join(", ")}条) deleted: missing-exit-clause fires`, () => {
        const findings = lint(deleteArticles(text, articles.exit), name);
        expect(only(findings, "missing-exit-clause")).toHaveLength(1);
      });
    });
  }
});
