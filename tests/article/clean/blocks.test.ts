import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanBlocks, separateGluedDates, unitKind } from "../../../pipeline/article/clean/blocks.ts";
import { parseByline } from "../../../pipeline/article/extract/byline.ts";
import { decodeRaw } from "../../../pipeline/article/read/decode.ts";

/** The file the messages name. */
const FILE = "article.txt";

const keepApart = (line: string) => parseByline(line) !== null || /^\w+day,? \d/.test(line);
const clean = (text: string) => cleanBlocks(text, keepApart);
const paragraphs = (text: string) => clean(text).units.filter((unit) => unit.kind === "paragraph").map((unit) => unit.text);
const removedRules = (text: string) => Object.fromEntries(clean(text).removed.map((line) => [line.text, line.rule]));

const PARAGRAPH =
  "Qatar is scrambling to persuade the Taliban to stop the offensive as militant groups advanced towards the gates of Kabul after occupying the eastern city of Jalalabad on Sunday.";
const PARAGRAPH_2 = "A person familiar with the mediation work said that a delegation of high-level officials is expected to hold talks in Doha on Monday.";

describe("unitKind", () => {
  it.each([
    ["a sentence of the sample body", PARAGRAPH],
    ["a short statement", "The talks were held in Doha."],
    ["an opening quotation", "“Isolating Afghanistan has proven to be a failed policy"],
    ["a French guillemet quotation", "« Le Qatar reste un médiateur incontournable »"],
    ["a German quotation", "„Die Gespräche in Doha sind ein Erfolg“, sagte er"],
    ["a sentence ending in a closing quote", "He said the talks were “a continuation of pragmatic discussions.”"],
    ["a short quoted sentence", "“We will see.”"],
    ["a short closing sentence", "No one knows."],
    ["a line too long for a headline", "Talks between the US and Taliban delegations are scheduled in Doha as the Taliban seek recognition, access to frozen assets, humanitarian aid and an end to their isolation"],
  ])("calls %s a paragraph", (_, text) => {
    expect(unitKind(text)).toBe("paragraph");
  });

  it.each([
    ["a headline", "Significance of meeting between Qatari FM and Taliban leader in Kandahar"],
    ["a question headline", "What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?"],
    ["a section heading", "Doha meeting"],
    ["a dateline", "Tuesday 06/June/2023 - 07:29 PM"],
    ["a byline", "By Mohamed Yosry and Jane Doe, Diplomatic Correspondent"],
    ["a kicker", "EXCLUSIVE"],
    ["an abbreviated date", "Oct. 9."],
  ])("calls %s a line", (_, text) => {
    expect(unitKind(text)).toBe("line");
  });
});

describe("cleanBlocks on a text of exclamations and questions", () => {
  it("keeps them as paragraphs when nothing else reads as one", () => {
    const text = "Variablen und ihr Zuhause\n\nWie war das nochmal mit den Variablen? Hier ein Auszug aus unseren Lehrmaterialien!\n\nVariablen sind kein Problem für dich? Dann schau doch mal, ob du unser Puzzle lösen kannst!";
    expect(clean(text).units.filter((unit) => unit.kind === "paragraph")).toHaveLength(2);
  });
});

describe("unitKind in Chinese and Japanese", () => {
  it("calls a sentence with its full stop a paragraph, though it has no spaces", () => {
    expect(unitKind("卡塔尔外交大臣周四在多哈会见了塔利班代表团，双方讨论了人道主义援助问题。")).toBe("paragraph");
  });
  it("calls a short headline without a full stop a line", () => {
    expect(unitKind("卡塔尔再次主持多哈会谈")).toBe("line");
  });
});

describe("cleanBlocks", () => {
  const PAGE = [
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "Home | World | Politics | Business",
    "",
    "EXCLUSIVE",
    "Qatar presses Taliban to stop offensive",
    "By Jane Doe in Doha",
    "Monday, 16 August 2021",
    "",
    PARAGRAPH,
    "",
    "Advertisement",
    "",
    PARAGRAPH_2,
    "",
    "Reporting by Jane Doe; Editing by John Roe",
    "© 2021 Reuters. All rights reserved.",
    "",
    "Related Stories",
    "Taliban enter Kabul",
    "Biden defends withdrawal",
  ].join("\n");

  it("keeps the headline, kicker, byline and dateline as lines and the body as paragraphs", () => {
    expect(clean(PAGE).units.map((unit) => [unit.kind, unit.text])).toEqual([
      ["line", "EXCLUSIVE"],
      ["line", "Qatar presses Taliban to stop offensive"],
      ["line", "By Jane Doe in Doha"],
      ["line", "Monday, 16 August 2021"],
      ["paragraph", PARAGRAPH],
      ["paragraph", PARAGRAPH_2],
    ]);
  });

  it("reports each removed line with its 1-based line number and rule", () => {
    const removed = clean(PAGE).removed;
    expect(removed).toContainEqual({ line: 1, text: PAGE.split("\n")[0], rule: "boilerplate:cookie" });
    expect(removed).toContainEqual({ line: 2, text: "Home | World | Politics | Business", rule: "boilerplate:menu" });
    expect(removed).toContainEqual({ line: 11, text: "Advertisement", rule: "boilerplate:ad" });
    expect(removed).toContainEqual({ line: 15, text: "Reporting by Jane Doe; Editing by John Roe", rule: "credit:wire" });
  });

  it("drops the short lines after the last paragraph as outside the article", () => {
    expect(removedRules(PAGE)).toMatchObject({ "Taliban enter Kabul": "page:outside-article", "Biden defends withdrawal": "page:outside-article" });
  });

  it("keeps a short closing sentence after the last paragraph", () => {
    const text = `${PARAGRAPH}\n\nEs bleibt abzuwarten.\n\nMehr zum Thema\nBundeswehr verlässt Afghanistan`;
    expect(clean(text).units.map((unit) => unit.text)).toEqual([PARAGRAPH, "Es bleibt abzuwarten."]);
  });

  it("keeps short lines when there is no paragraph to end a footer", () => {
    expect(clean("Doha meeting\n\nSecret visit").units.map((unit) => unit.text)).toEqual(["Doha meeting", "Secret visit"]);
  });

  it("keeps section headings between paragraphs", () => {
    expect(clean(`${PARAGRAPH}\n\nSecret visit\n\n${PARAGRAPH_2}`).units.map((unit) => unit.kind)).toEqual(["paragraph", "line", "paragraph"]);
  });

  it("drops a headline repeated further down and keeps its first occurrence", () => {
    const title = "Talks between the US and Taliban delegations are scheduled in Doha – RT DE";
    const { units, removed } = clean(`${title}\n\n${title}\n\n${PARAGRAPH}`);
    expect(units.map((unit) => unit.line)).toEqual([1, 5]);
    expect(removed).toEqual([{ line: 3, text: title, rule: "boilerplate:repeated" }]);
  });

  it("keeps a paragraph that is quoted twice", () => {
    expect(paragraphs(`${PARAGRAPH}\n\n${PARAGRAPH_2}\n\n${PARAGRAPH}`)).toHaveLength(3);
  });

  it("joins a hard-wrapped paragraph and numbers it by its first line", () => {
    const wrapped = [
      "With the dissolution of the Afghan army, the United States began to",
      "withdraw from its embassy, and regional powers contacted the Taliban,",
      "providing the organization with the international recognition it",
      "hoped.",
    ];
    const { units } = clean(`Afghanistan Update\n\n${wrapped.join("\n")}`);
    expect(units.at(-1)).toEqual({ kind: "paragraph", text: wrapped.join(" "), line: 3, block: 1 });
  });

  it("collapses runs of spaces and tabs inside a line", () => {
    expect(clean("Secret\tvisit  to Kandahar\n\nThe  talks   were held in Doha.").units.map((unit) => unit.text)).toEqual([
      "Secret visit to Kandahar",
      "The talks were held in Doha.",
    ]);
  });

  it("counts blocks across several blank lines as one break", () => {
    expect(clean("Doha meeting\n\n\n\nThe talks were held in Doha.").units.map((unit) => unit.block)).toEqual([0, 1]);
  });

  it("returns nothing for text that is all chrome", () => {
    expect(clean("Anzeige\nPublicidad\nShare this article\nSource link").units).toEqual([]);
  });
});

describe("cleanBlocks on the five samples", () => {
  const expected = JSON.parse(readFileSync("tests/fixtures/expected.json", "utf8")) as { articles: { file: string; junk: string[]; keep: string[] }[] };
  const texts = Object.fromEntries(readdirSync("corpus/raw").map((name) => [name, decodeRaw(FILE, readFileSync(`corpus/raw/${name}`)).value!.text]));

  it.each(Object.keys(texts))("keeps every paragraph of %s whole", (name) => {
    const body = texts[name]!.split("\n").filter((line) => line.length > 100 && !/^(see also|more on this topic)/i.test(line));
    const kept = paragraphs(texts[name]!);
    expect(body.length).toBeGreaterThan(4);
    for (const line of body) expect(kept).toContain(line.trim());
  });

  it.each(expected.articles)("keeps the labelled lines of $file in paragraphs", ({ file, keep }) => {
    const kept = paragraphs(texts[file]!).join("\n");
    for (const line of keep) expect(kept).toContain(line);
  });

  it.each(expected.articles)("never leaves a labelled junk line of $file in a paragraph", ({ file, junk }) => {
    const kept = paragraphs(texts[file]!).join("\n").replace(/\s+/g, " ");
    for (const line of junk) expect(kept).not.toContain(line.replace(/\s+/g, " "));
  });

  it("removes the chrome of sample 001 by rule", () => {
    expect(removedRules(texts["001_faf9f95335c46c0a.txt"]!)).toEqual({
      "More News": "boilerplate:more-on",
      "Share your story": "boilerplate:share",
      "Send your Videos and Photos to us": "boilerplate:contribute",
      "AITV News Special Events - G4 (2023)": "page:outside-article",
      "AITV News (44)": "page:outside-article",
    });
  });

  it("removes the ad lines of sample 000 and the source link of sample 002", () => {
    expect(removedRules(texts["000_e597730830ff6590.txt"]!)).toEqual({ "ad a b": "boilerplate:ad", "ad ad ad": "boilerplate:ad" });
    expect(removedRules(texts["002_94db9f70faed8889.txt"]!)).toEqual({ "Source link": "boilerplate:source-link" });
  });
});

describe("separateGluedDates", () => {
  it.each([
    ["Posted on August 2, 2019August 2, 2019Author Jane Doe", "Posted on August 2, 2019 August 2, 2019 Author Jane Doe"],
    ["25. Januar 202225. Januar 2022", "25. Januar 2022 25. Januar 2022"],
    ["November 9, 20235:01 AM ET", "November 9, 2023 5:01 AM ET"],
    ["17/11/201917/11/2019 ~ Jane Doe", "17/11/2019 17/11/2019 ~ Jane Doe"],
  ])("gives a glued year its space: %s", (line, separated) => {
    expect(separateGluedDates(line)).toBe(separated);
  });
  it("leaves numbers that are not a year followed by a date alone", () => {
    for (const line of ["Order 120235:01", "In 2023 there were 20235 visitors", "ISBN 978-3-16-148410-0"]) expect(separateGluedDates(line)).toBe(line);
  });
});
