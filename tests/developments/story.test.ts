/**
 * A story written for these tests, normalized with the samples as a new
 * user's articles would be: one meeting in Doha reported in four languages by
 * sentences that name the sides only by role or adjective, an undated brief,
 * the same envoys a week earlier, and one of them in Kabul the same day.
 */
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../pipeline/core/developments.ts";
import { normalizeCorpus } from "../../pipeline/corpus/run.ts";
import { developmentsOf, taxonomy, taxonomyText, tempCorpus } from "../helpers/corpus.ts";

const STORY = "tests/fixtures/story";

let developments: MergedDevelopment[];
let articles: Record<string, { id: string; title: string }>;
const idOf = (raw: string) => articles[raw]!.id;
const holding = (raw: string) => developments.filter((d) => d.sources.some((s) => s.article === idOf(raw)));

beforeAll(async () => {
  const dirs = tempCorpus();
  cpSync(STORY, dirs.raw, { recursive: true });
  const report = await normalizeCorpus({ rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, developments: developmentsOf(dirs.root) });
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
});
