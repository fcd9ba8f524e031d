/**
 * A story written for these tests, normalized with the samples as a new
 * user's articles would be: one meeting in Doha reported in four languages by
 * sentences that name the sides only by role or adjective, an undated brief,
 * the same envoys a week earlier, and one of them in Kabul the same day.
 */
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../../pipeline/model/developments.ts";
import { normalizeCorpus } from "../../../pipeline/corpus/run.ts";
import { developmentsOf, taxonomy, taxonomyText, tempCorpus, sources } from "../../helpers/corpus.ts";

const STORY = "tests/fixtures/story";

let developments: MergedDevelopment[];
let articles: Record<string, { id: string; title: string }>;
const idOf = (raw: string) => articles[raw]!.id;
const holding = (raw: string) => developments.filter((d) => d.sources.some((s) => s.article === idOf(raw)));

beforeAll(async () => {
  const dirs = tempCorpus();
  cpSync(STORY, dirs.raw, { recursive: true });
  const report = await normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources, developments: developmentsOf(dirs.root) });
  articles = {};
  for (const file of report.files) {
    if (!file.article) continue;
    const text = readFileSync(file.article, "utf8");
    articles[file.raw.split("/").pop()!] = { id: /^id: (.*)$/m.exec(text)![1]!, title: /^title: (.*)$/m.exec(text)![1]! };
  }
  developments = (JSON.parse(readFileSync(join(dirs.root, "developments.json"), "utf8")) as { developments: MergedDevelopment[] }).developments;
});

describe("one meeting reported by many articles", () => {
  it("is one development holding every report of it", () => {
    const meeting = holding("wire-en.txt").filter((d) => d.date === "2024-03-14");
    expect(meeting).toHaveLength(1);
    const sources = meeting[0]!.sources.map((s) => s.article).sort();
    expect(sources).toEqual(["wire-en.txt", "zeitung-de.txt", "journal-fr.txt", "diario-es.txt", "breve-fr.txt"].map(idOf).sort());
  });

  it("dates the undated brief from the articles that date the meeting", () => {
    const [meeting] = holding("breve-fr.txt");
    const brief = meeting!.sources.find((s) => s.article === idOf("breve-fr.txt"))!;
    expect(meeting!.date).toBe("2024-03-14");
    expect(brief.date_from).toBeDefined();
    expect(meeting!.sources.find((s) => s.article === brief.date_from)).not.toHaveProperty("date_from");
  });

  it("keeps the same envoys a week earlier apart", () => {
    expect(holding("earlier-en.txt").map((d) => [d.date, d.sources.length])).toEqual([["2024-03-07", 1]]);
  });

  it("keeps one of them in another city the same day apart", () => {
    expect(holding("kabul-en.txt").map((d) => [d.date, d.sources.length])).toEqual([["2024-03-14", 1]]);
  });

  it("shows the English report as a sentence, its dateline and attribution off", () => {
    const [meeting] = holding("wire-en.txt").filter((d) => d.date === "2024-03-14");
    expect(meeting!.text).toBe("Senior US officials met Taliban representatives in Doha on Thursday to discuss the release of detainees.");
    expect(holding("kabul-en.txt")[0]!.text).toMatch(/^Taliban Foreign Minister Amir Khan Muttaqi held talks/);
  });

  it("titles no article with its breadcrumb", () => {
    expect(articles["zeitung-de.txt"]!.title).toContain("Gespräche in Katar");
    expect(articles["journal-fr.txt"]!.title).toContain("Au Qatar, Américains et talibans");
    expect(articles["diario-es.txt"]!.title).toBe("Estados Unidos y los talibanes negocian en Doha la liberación de detenidos");
  });
});

describe("the samples' Kandahar meeting beside the story", () => {
  it("stays one development with its three sources and the id it has in the corpus", () => {
    const committed = (JSON.parse(readFileSync("corpus/developments.json", "utf8")) as { developments: MergedDevelopment[] }).developments;
    const before = committed.filter((d) => d.date === "2023-05-12");
    const now = developments.filter((d) => d.date === "2023-05-12");
    expect(before).toHaveLength(1);
    expect(now.map((d) => [d.id, d.sources.length])).toEqual([[before[0]!.id, 3]]);
  });
});
