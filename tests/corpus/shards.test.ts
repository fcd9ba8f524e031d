import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate.ts";
import { loadVocabulary } from "../../bench/vocabulary.ts";
import { normalizeCorpus, type CorpusSettings } from "../../pipeline/corpus/run.ts";
import { fromShards, normalizeShard, readShardRecords } from "../../pipeline/corpus/shards.ts";
import { allShards } from "../../pipeline/model/shards.ts";
import { developmentsOf, generated, taxonomy, taxonomyText, tempCorpus, sources } from "../helpers/corpus.ts";

/** The samples, synthetic articles in four languages with duplicates, and a file normalize rejects. */
function corpus() {
  const dirs = tempCorpus();
  writeCorpus(dirs.raw, 11, 40, { vocab: loadVocabulary(), taxonomy });
  writeFileSync(join(dirs.raw, "empty.txt"), "   \n");
  const settings: CorpusSettings = { rawDir: dirs.raw, outDir: dirs.out, taxonomy, configText: taxonomyText, sources, developments: developmentsOf(dirs.root) };
  return { ...dirs, settings };
}

const developmentsText = (root: string) => readFileSync(join(root, "developments.json"), "utf8");

describe("normalizing in shards", () => {
  it("gives the articles, the cache, the report and the developments of one run, each raw file normalized by one shard", async () => {
    const whole = corpus();
    const expected = await normalizeCorpus(whole.settings);
    const sharded = corpus();
    const records = join(sharded.root, "records");
    const made = await Promise.all(allShards(3).map((shard) => normalizeShard(sharded.settings, shard, records)));
    expect(readdirSync(records).sort()).toEqual(["normalized-1-of-3.json", "normalized-2-of-3.json", "normalized-3-of-3.json"]);
    // Every readable article in exactly one shard; the rejected file in none, and reported by the shard that read it.
    expect(made.reduce((sum, shard) => sum + shard.records, 0)).toBe(readdirSync(sharded.raw).length - 1);
    expect(made.flatMap((shard) => shard.messages).filter((message) => message.fatal).map((message) => message.file)).toEqual(["empty.txt"]);
    const known = readShardRecords(records, sharded.settings);
    const report = await normalizeCorpus({ ...sharded.settings, normalizeAll: fromShards(known) });
    expect(report).toEqual(JSON.parse(JSON.stringify(expected).replaceAll(whole.root, sharded.root)));
    expect(generated(sharded.out)).toEqual(generated(whole.out));
    expect(developmentsText(sharded.root)).toBe(developmentsText(whole.root));
  });

  it("refuses, naming the file, a shard missing, shards of two plans, and records other code or configuration made", async () => {
    const { root, settings } = corpus();
    const records = join(root, "records");
    await normalizeShard(settings, { index: 1, count: 2 }, records);
    expect(() => readShardRecords(records, settings)).toThrow(`${records}: wants every shard of one plan: normalized-2-of-2.json is missing`);
    await normalizeShard(settings, { index: 2, count: 2 }, records);
    expect(readShardRecords(records, settings).size).toBeGreaterThan(40);
    await normalizeShard(settings, { index: 1, count: 3 }, records);
    expect(() => readShardRecords(records, settings)).toThrow(/normalized-1-of-3\.json is of another plan/);
    const other = join(root, "other");
    await normalizeShard({ ...settings, configText: `${taxonomyText}\n# edited\n` }, { index: 1, count: 1 }, other);
    expect(() => readShardRecords(other, settings)).toThrow(`${join(other, "normalized-1-of-1.json")}: was normalized by other code or configuration than this run's; normalize shard 1/1 again`);
    expect(() => readShardRecords(join(root, "nowhere"), settings)).toThrow(/nowhere: cannot be read/);
    // A file cut short on its way between jobs: its last record is half a line.
    const whole = join(root, "whole");
    await normalizeShard(settings, { index: 1, count: 1 }, whole);
    const cut = join(whole, "normalized-1-of-1.json");
    writeFileSync(cut, readFileSync(cut, "utf8").slice(0, -200));
    expect(() => readShardRecords(whole, settings)).toThrow(`${cut}: cannot be read as a shard's records`);
  });

  it("normalizes in the last run a raw file whose bytes changed since its shard read it", async () => {
    const { root, raw, out, settings } = corpus();
    const records = join(root, "records");
    await normalizeShard(settings, { index: 1, count: 1 }, records);
    const known = readShardRecords(records, settings);
    const [name] = readdirSync(raw).filter((file) => file.endsWith(".txt") && file !== "empty.txt");
    writeFileSync(join(raw, name!), `---\ntitle: Corrected after the shard ran\n---\n${readFileSync(join(raw, name!), "utf8")}`);
    const report = await normalizeCorpus({ ...settings, normalizeAll: fromShards(known) });
    const article = report.files.find((file) => file.raw === name)!.article!;
    expect(readFileSync(article, "utf8")).toContain("title: Corrected after the shard ran");
    expect(readdirSync(out).length).toBeGreaterThan(40);
  });
});
