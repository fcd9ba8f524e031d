import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateArticle, writeCorpus, type GeneratedArticle } from "../../bench/generate.ts";
import { loadVocabulary } from "../../bench/vocabulary.ts";
import { loadTaxonomy } from "../../pipeline/model/taxonomy.ts";

const ingredients = { vocab: loadVocabulary(), taxonomy: loadTaxonomy("corpus/topics.yaml") };
const SAMPLE = 2000;
const sample: GeneratedArticle[] = Array.from({ length: SAMPLE }, (_, i) => generateArticle(42, i, ingredients));
const share = (test: (a: GeneratedArticle) => boolean) => sample.filter(test).length / SAMPLE;
const text = (a: GeneratedArticle) => a.bytes.toString(a.encoding === "utf8" ? "utf8" : "latin1");
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-generate-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("determinism", () => {
  it("writes the same files, byte for byte, for the same seed", () => {
    const [a, b] = [tempDir(), tempDir()];
    writeCorpus(a, 42, 30, ingredients);
    writeCorpus(b, 42, 30, ingredients);
    const names = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name)))).toBe(true);
  });

  it("writes different articles for a different seed", () => {
    const other = Array.from({ length: 30 }, (_, i) => generateArticle(43, i, ingredients));
    const same = other.filter((a, i) => a.bytes.equals(sample[i]!.bytes));
    expect(same).toHaveLength(0);
  });

  it("makes article i independent of how many are generated, so adding one appends article N", () => {
    const dir = tempDir();
    const first = writeCorpus(dir, 42, 5, ingredients);
    const added = writeCorpus(dir, 42, 1, ingredients, 5);
    expect([...first, ...added]).toEqual(sample.slice(0, 6).map((a) => a.name));
  });

  it("names files by index and content hash, like the sample corpus", () => {
    expect(sample[0]!.name).toMatch(/^00000_[0-9a-f]{16}\.txt$/);
    expect(new Set(sample.map((a) => a.name)).size).toBe(SAMPLE);
  });
});

describe("variety", () => {
  const { vocab } = ingredients;
  const total = Object.values(vocab.languages).reduce((sum, w) => sum + w, 0);

  it.each(Object.keys(vocab.languages))("writes about the intended share of '%s' articles", (language) => {
    expect(Math.abs(share((a) => a.language === language) - vocab.languages[language]! / total)).toBeLessThan(0.03);
  });

  it("leaves about the intended share undated", () => {
    expect(Math.abs(share((a) => !a.dated) - vocab.proportions.undated)).toBeLessThan(0.025);
  });

  it("copies about 3% of articles, some exactly and some with other chrome", () => {
    expect(share((a) => a.duplicateOf !== undefined)).toBeGreaterThan(0.015);
    expect(share((a) => a.duplicateOf !== undefined)).toBeLessThan(0.045);
    const exact = sample.filter((a) => a.exact);
    const rechromed = sample.filter((a) => a.exact === false);
    expect(exact.length).toBeGreaterThan(0);
    expect(rechromed.length).toBeGreaterThan(0);
    for (const copy of exact) expect(copy.bytes.equals(sample[copy.duplicateOf!]!.bytes)).toBe(true);
    for (const copy of rechromed) expect(copy.bytes.equals(sample[copy.duplicateOf!]!.bytes)).toBe(false);
  });

  it("keeps a re-chromed copy's story", () => {
    const copy = sample.find((a) => a.exact === false && a.encoding === "utf8" && !a.wrapped)!;
    const original = sample[copy.duplicateOf!]!;
    const sentence = text(copy).split("\n").find((line) => line.length > 120)!.split(". ")[0]!;
    expect(text(original).replace(/\s+/g, " ")).toContain(sentence.replace(/\r/g, ""));
  });

  it("writes some Windows-1252 files that are not valid UTF-8", () => {
    const cp1252 = sample.filter((a) => a.encoding === "windows-1252");
    expect(cp1252.length / SAMPLE).toBeGreaterThan(0.02);
    const invalid = cp1252.filter((a) => {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(a.bytes);
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid.length).toBeGreaterThan(0);
  });

  it("hard-wraps some articles at 70 columns", () => {
    const wrapped = sample.filter((a) => a.wrapped && a.duplicateOf === undefined);
    expect(wrapped.length / SAMPLE).toBeGreaterThan(0.1);
    // Only paragraphs are wrapped; headlines and boilerplate lines keep their length.
    const boilerplate = new Set(Object.values(vocab.boilerplate.inline).flat());
    const paragraphLines = (a: GeneratedArticle) =>
      text(a).replace(/\r\n/g, "\n").split("\n\n\n")[1]!.split("\n").filter((line) => !boilerplate.has(line));
    for (const a of wrapped) expect(Math.max(...paragraphLines(a).map((l) => l.length))).toBeLessThanOrEqual(70);
  });

  it.each([
    ["the weekday/Month/year line", /^[A-Z][a-z]+day \d{2}\/[A-Z][a-z]+\/\d{4} - \d{2}:\d{2} [AP]M\r?$/m],
    ["the dotted English line", /^[A-Z][a-z]+ \d{1,2}\. \d{4} \d{2}:\d{2}\r?$/m],
    ["the German 'Uhr' line", /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr\r?$/m],
    ["the Spanish 'de … de' line", /^\d{1,2} de [a-z]+ de \d{4}\r?$/m],
    ["a French weekday line", /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4}\r?$/m],
    ["a two-author byline", /^(By|Par|Von|Por) [^\n]+ (and|et|und|y) /m],
    ["an outlet suffix", / – [A-Z][^\n]+\r?$/m],
    ["an ALL CAPS headline", /^[^a-z\n]{25,}\r?$/m],
    ["ad lines", /^ad a b\r?$/m],
    ["a relative event date", /last month|le mois dernier|im vergangenen Monat|el mes pasado/],
    ["a day event date without a year", /on [A-Z][a-z]+ \d{1,2} to/],
  ])("writes %s", (_, pattern) => {
    expect(sample.some((a) => pattern.test(text(a)))).toBe(true);
  });

  it("mentions signals of the topics in the taxonomy", () => {
    const signals = ingredients.taxonomy.flatMap((t) => t.signals["en"] ?? []);
    const english = sample.filter((a) => a.language === "en").slice(0, 50);
    for (const a of english) expect(signals.some((s) => text(a).includes(s))).toBe(true);
  });
});
