import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkArticle } from "../../../pipeline/corpus/check/article.ts";
import { formatMessage } from "../../../pipeline/model/messages.ts";
import { normalizeCorpus } from "../../../pipeline/corpus/run.ts";
import { taxonomy, taxonomyText, tempCorpus, sources } from "../../helpers/corpus.ts";

const topicIds = new Set(taxonomy.map((topic) => topic.id));
const generated = new Map<string, string>();

beforeAll(async () => {
  const dirs = tempCorpus();
  await normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources });
  for (const name of readdirSync(dirs.out).filter((each) => each.endsWith(".md"))) {
    generated.set(name, readFileSync(join(dirs.out, name), "utf8"));
  }
});

const dated = () => [...generated].find(([, text]) => /^published: '\d/m.test(text) && /^title_derived: false/m.test(text))!;
const rules = (text: string, ids = topicIds) => checkArticle("a.md", text, ids).map((message) => `${message.fatal ? "error" : "warning"} ${message.rule}`);

describe("checkArticle", () => {
  it("finds nothing wrong with a dated, headlined article as generated", () => {
    expect(rules(dated()[1])).toEqual([]);
  });

  it("warns about an undated article and a derived title", () => {
    const undatedDerived = [...generated.values()].find((text) => /^published: null/m.test(text) && /^title_derived: true/m.test(text))!;
    expect(rules(undatedDerived)).toEqual(["warning check:undated", "warning check:title-derived"]);
  });

  it("points at the line of front matter that is not YAML", () => {
    const broken = dated()[1].replace(/^language: en$/m, "language: en\nlanguage: fr");
    const line = broken.split("\n").indexOf("language: fr") + 1;
    const schema = checkArticle("a.md", broken, topicIds).find((message) => message.rule === "check:schema")!;
    expect(schema.line).toBe(line);
    expect(formatMessage(schema)).toMatch(new RegExp(`^a\\.md:${line}: error check:schema: front matter is not valid YAML: duplicated mapping key`));
  });

  it("finds a hand edit by the file's own hash", () => {
    const edited = dated()[1].replace(/^language: en$/m, "language: fr");
    expect(rules(edited)).toEqual(["error check:hand-edited"]);
  });

  it("reports each front matter field that breaks the schema", () => {
    const edited = dated()[1].replace(/^language: en$/m, "language: english").replace(/^title_derived: false$/m, "title_derived: maybe");
    const problems = checkArticle("a.md", edited, topicIds);
    expect(problems.map((problem) => problem.rule)).toEqual(["check:hand-edited", "check:schema", "check:schema"]);
    expect(problems.map((problem) => problem.reason).join("\n")).toMatch(/title_derived: .*\n.*language: expected an ISO 639-1 code/);
  });

  it("reports front matter that is not YAML at all", () => {
    expect(rules("---\ntitle: [unclosed\n---\nBody\n")).toEqual(["error check:hand-edited", "error check:schema"]);
  });

  it("reports a topic missing from the taxonomy", () => {
    const [, text] = dated();
    const topic = /^topics:\n {2}- (\S+)$/m.exec(text)![1]!;
    const problems = checkArticle("a.md", text, new Set([...topicIds].filter((id) => id !== topic)));
    expect(problems).toEqual([{ file: "a.md", fatal: true, rule: "check:topic", reason: `topic '${topic}' is not in the taxonomy` }]);
  });
});
