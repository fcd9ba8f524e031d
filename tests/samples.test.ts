/**
 * The sample corpus against the hand-made reference labels in
 * tests/fixtures/expected.json, field by field.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../pipeline/article/normalize.ts";
import { renderBody } from "../pipeline/article/render/markdown.ts";
import { SAMPLE_RAW, sampleContext } from "./helpers/corpus.ts";

interface Expected {
  file: string;
  title: string | null;
  title_generated: boolean;
  date: string | null;
  datetime: string | null;
  author: string | null;
  source: string[] | null;
  language: string;
  topics_required: string[];
  developments: { date: string; precision: string; mentions: string[] }[];
  headings: string[];
  junk: string[];
  keep: string[];
}

const expected = JSON.parse(readFileSync("tests/fixtures/expected.json", "utf8")) as { articles: Expected[] };

describe.each(expected.articles)("$file", (label) => {
  const { record } = normalizeArticle({ name: label.file, bytes: readFileSync(`${SAMPLE_RAW}/${label.file}`) }, sampleContext);
  if (!record) throw new Error(`${label.file} was rejected`);
  const body = record.body.map((block) => block.text).join("\n");

  it("has the labelled title, or one derived from the lead and marked so", () => {
    expect(record.title_derived).toBe(label.title_generated);
    if (label.title) expect(record.title).toBe(label.title);
    else expect(record.title.length).toBeGreaterThan(20);
  });

  it("has the labelled publication date and time, and none when the text has none", () => {
    expect(record.published?.date ?? null).toBe(label.date);
    expect(record.published?.time ?? null).toBe(label.datetime?.slice(11) ?? null);
  });

  it("has the labelled author and no other", () => {
    expect(record.authors).toEqual(label.author ? [label.author] : []);
  });

  it("has the labelled source, or none", () => {
    if (label.source) expect(label.source).toContain(record.source);
    else expect(record.source).toBeNull();
  });

  it("is in the labelled language", () => {
    expect(record.language).toBe(label.language);
  });

  it("has every required topic", () => {
    expect(record.topics).toEqual(expect.arrayContaining(label.topics_required));
  });

  it("reports every labelled development at its precision", () => {
    for (const development of label.developments) {
      expect(record.developments).toContainEqual(expect.objectContaining({ date: development.date, precision: development.precision }));
    }
  });

  it("keeps the section headings as headings", () => {
    expect(record.body.filter((block) => block.kind === "heading").map((block) => block.text)).toEqual(label.headings);
  });

  it("drops every junk line from the body and keeps every article line", () => {
    const markdown = renderBody(record.body);
    for (const junk of label.junk) expect(body).not.toContain(junk);
    for (const junk of label.junk) expect(markdown).not.toContain(junk);
    for (const keep of label.keep) expect(body).toContain(keep);
  });
});
