import { describe, expect, it } from "vitest";
import { splitOverrides } from "../../../pipeline/article/read/overrides.ts";

/** The file the messages name. */
const FILE = "article.txt";

const ARTICLE = "Significance of meeting between Qatari FM and Taliban leader in Kandahar\n\nTuesday 06/June/2023 - 07:29 PM\n";

describe("splitOverrides", () => {
  it("leaves text without a leading block untouched", () => {
    expect(splitOverrides(FILE, ARTICLE)).toEqual({ value: { overrides: {}, text: ARTICLE }, messages: [] });
  });

  it("takes a block of override keys off the text and returns its values", () => {
    const { value, messages } = splitOverrides(FILE, `---\ntitle: Qatar's PM meets the Taliban leader\npublished: 2023-06-06\n---\n${ARTICLE}`);
    expect(value).toEqual({ overrides: { title: "Qatar's PM meets the Taliban leader", published: "2023-06-06" }, text: ARTICLE });
    expect(messages).toEqual([]);
  });

  it("reads every override key with its type", () => {
    const block = [
      "---",
      "title: Talks between the US and Taliban delegations are scheduled in Doha",
      "published: null",
      "authors: [Mohamed Yosry, Jane Doe]",
      "source: RT DE",
      "url: https://de.rt.com/international/124000-gespraeche/",
      "language: de",
      "topics: [us-taliban-talks, evacuations]",
      "---",
      "",
    ].join("\n");
    expect(splitOverrides(FILE, block + ARTICLE).value.overrides).toEqual({
      title: "Talks between the US and Taliban delegations are scheduled in Doha",
      published: null,
      authors: ["Mohamed Yosry", "Jane Doe"],
      source: "RT DE",
      url: "https://de.rt.com/international/124000-gespraeche/",
      language: "de",
      topics: ["us-taliban-talks", "evacuations"],
    });
  });

  it("keeps a block with any other key as article text", () => {
    const text = `---\ntitle: Doha meeting\nlayout: post\n---\n${ARTICLE}`;
    expect(splitOverrides(FILE, text)).toEqual({ value: { overrides: {}, text }, messages: [] });
  });

  it("keeps a horizontal rule around prose as article text", () => {
    const text = `---\nThe summit of the Taliban's dreams came in early May.\n---\n${ARTICLE}`;
    expect(splitOverrides(FILE, text).value).toEqual({ overrides: {}, text });
  });

  it("keeps a block that is not valid YAML as article text", () => {
    const text = `---\ntitle: [unclosed\n---\n${ARTICLE}`;
    expect(splitOverrides(FILE, text)).toEqual({ value: { overrides: {}, text }, messages: [] });
  });

  it("keeps an empty block as article text", () => {
    const text = `---\n\n---\n${ARTICLE}`;
    expect(splitOverrides(FILE, text).value.text).toBe(text);
  });

  it("keeps a block that is not at the very start as article text", () => {
    const text = `${ARTICLE}\n---\ntitle: Doha meeting\n---\n`;
    expect(splitOverrides(FILE, text).value).toEqual({ overrides: {}, text });
  });

  it("ignores an invalid date with a warning and keeps the valid keys", () => {
    const { value, messages } = splitOverrides(FILE, `---\ntitle: Doha meeting\npublished: 06/06/2023\n---\n${ARTICLE}`);
    expect(value).toEqual({ overrides: { title: "Doha meeting" }, text: ARTICLE });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ rule: "overrides:invalid", fatal: false });
    expect(messages[0]!.reason).toContain("published");
  });

  it("ignores a language that is not a two-letter code", () => {
    const { value, messages } = splitOverrides(FILE, `---\nlanguage: French\n---\n${ARTICLE}`);
    expect(value.overrides).toEqual({});
    expect(messages.map((m) => m.rule)).toEqual(["overrides:invalid"]);
  });

  it("ignores authors given as one string instead of a list", () => {
    const { value, messages } = splitOverrides(FILE, `---\nauthors: Mohamed Yosry\nsource: The Reference\n---\n${ARTICLE}`);
    expect(value.overrides).toEqual({ source: "The Reference" });
    expect(messages[0]!.reason).toContain("authors");
  });

  it("ignores a url that is not a URL", () => {
    const { value, messages } = splitOverrides(FILE, `---\nurl: not a link\n---\n${ARTICLE}`);
    expect(value.overrides).toEqual({});
    expect(messages).toHaveLength(1);
  });

  it("takes the block off the text even when all its values are invalid", () => {
    expect(splitOverrides(FILE, `---\nlanguage: French\n---\n${ARTICLE}`).value.text).toBe(ARTICLE);
  });

  it("accepts a closing fence with trailing spaces and a file that ends at it", () => {
    expect(splitOverrides(FILE, "---\nsource: RT DE\n---  ").value).toEqual({ overrides: { source: "RT DE" }, text: "" });
  });

  it("keeps a French title with accents and an apostrophe as written", () => {
    const { value } = splitOverrides(FILE, `---\ntitle: "Le Qatar, médiateur clé entre les talibans et l'Occident"\n---\n${ARTICLE}`);
    expect(value.overrides.title).toBe("Le Qatar, médiateur clé entre les talibans et l'Occident");
  });

  it("ignores a javascript: url, which a page would turn into a script link", () => {
    const { value, messages } = splitOverrides(FILE, `---\nurl: "javascript:alert(1)"\n---\n${ARTICLE}`);
    expect(value.overrides).toEqual({});
    expect(messages[0]!.rule).toBe("overrides:invalid");
  });

  it("accepts an https url", () => {
    expect(splitOverrides(FILE, `---\nurl: https://example.org/a\n---\n${ARTICLE}`).value.overrides).toEqual({ url: "https://example.org/a" });
  });
});
