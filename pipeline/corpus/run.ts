/**
 * Normalizes a whole raw folder into the articles folder: skips what did not
 * change, finds duplicates, keeps ids, never overwrites a hand-edited file,
 * and reports every file's outcome. One bad file never costs the others.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Topic } from "../model/taxonomy.ts";
import type { RawArticle } from "../model/types.ts";
import type { NormalizeContext } from "../article/normalize.ts";
import { fail, type Message } from "../model/messages.ts";
import { OVERRIDE_KEYS } from "../model/schema.ts";
import { cacheStamp, readCache, writeCache, type Cache, type CachedFile } from "./cache.ts";
import { findDuplicates } from "./duplicates.ts";
import { ensureDir, leftovers, listRaw, readRaw, readWritten, removeFile } from "./files.ts";
import { scanRaw, vouchFrom } from "./fresh.ts";
import { sha256 } from "../model/hash.ts";
import { recordsHere, type ArticleToWrite, type HeldRecords, type Summary, type Writing } from "./render.ts";
import type { MergeArticle } from "./developments/reports.ts";
import { writeDevelopments, type DevelopmentsOptions, type DevelopmentsReport, type MergedFrom } from "./developments/file.ts";

export type Status = "normalized" | "unchanged" | "rejected" | "duplicate";

export interface FileReport {
  raw: string;
  status: Status;
  article: string | null;
  duplicate_of: string | null;
  messages: Message[];
}

export interface CorpusReport {
  files: FileReport[];
  /** Generated files removed because their raw file is gone. */
  removed: string[];
  /** The merged developments file, when one was asked for. */
  developments: DevelopmentsReport | null;
}

export interface RunOptions {
  rawDir: string;
  outDir: string;
  taxonomy: Topic[];
  /** Text of everything besides code that shapes output (the taxonomy), for the cache. */
  configText: string;
  /** Hash of the pipeline's sources (`hashSources`), for the caches: the launcher knows how the code was loaded. */
  sources: string;
  force?: boolean;
  /** Where to merge the articles' developments into, and with which people and places. */
  developments?: DevelopmentsOptions;
  onProgress?: (done: number, total: number) => void;
  /** Where the per-file work runs: in this thread by default, or in a worker pool. */
  normalizeAll?: (raws: RawArticle[], settings: NormalizeContext, onProgress?: (done: number) => void) => Promise<HeldRecords>;
}

/** Where a corpus lies and what its caches are stamped with: what `add` and `check` ask of a run too. */
export type CorpusSettings = Pick<RunOptions, "rawDir" | "outDir" | "taxonomy" | "configText" | "sources" | "developments">;

/** The cache stamp of generated articles: the code, the taxonomy and the entity table they were made with. */
export const articlesStamp = ({ sources, configText, developments }: CorpusSettings) => cacheStamp(sources, configText, developments?.entitiesText ?? "");

/** What each article of the corpus is normalized with: its topics, and its people and places when developments are merged. */
export const normalizeContextOf = ({ taxonomy, developments }: Pick<CorpusSettings, "taxonomy" | "developments">): NormalizeContext => ({ taxonomy, entities: developments?.entities ?? null });

// The extractors (date parsers, language models) are most of start-up; a run
// with nothing to normalize never loads them.
const extractors = () => import("../article/normalize.ts");

export async function inThisThread(raws: RawArticle[], settings: NormalizeContext, onProgress?: (done: number) => void): Promise<HeldRecords> {
  if (raws.length === 0) return recordsHere([], settings.entities);
  const { normalizeArticle } = await extractors();
  return recordsHere(
    raws.map((raw, index) => (onProgress?.(index + 1), normalizeArticle(raw, settings))),
    settings.entities,
  );
}

/** Where a normalized article lies: the records that hold it, and its place there. */
interface Held {
  records: HeldRecords;
  index: number;
  record: Summary;
}

export async function normalizeCorpus(options: RunOptions): Promise<CorpusReport> {
  const { rawDir, outDir, taxonomy } = options;
  const names = listRaw(rawDir);
  for (const file of leftovers(outDir)) removeFile(file);
  const previous = readCache(outDir, articlesStamp(options));
  const written = readWritten(outDir, options.force ? undefined : vouchFrom(previous));
  const { stats: rawStats, pending, fresh, rejected, rehashed } = scanRaw(rawDir, names, written, previous, options.force);
  const cache: Cache = { stamp: previous.stamp, files: Object.fromEntries(fresh) };

  const reports = new Map<string, FileReport>();
  let developments: DevelopmentsReport | null = null;
  const mergeInputs = new Map<string, MergeArticle>();
  for (const [name, message] of rejected) {
    reports.set(name, { raw: name, status: "rejected", article: written.get(name)?.file ?? null, duplicate_of: null, messages: [message] });
  }
  const made = new Map<string, Held>();
  const settings = normalizeContextOf(options);

  const holders: HeldRecords[] = [];
  try {
    const records = await (options.normalizeAll ?? inThisThread)(pending, settings, (done) => options.onProgress?.(done, pending.length));
    holders.push(records);
    pending.forEach((raw, index) => {
      const result = records.results[index]!;
      if (result.record) made.set(raw.name, { records, index, record: result.record });
      else reports.set(raw.name, { raw: raw.name, status: "rejected", article: written.get(raw.name)?.file ?? null, duplicate_of: null, messages: result.messages });
    });

    const accepted = names.filter((name) => made.has(name) || cache.files[name]);
    const isOriginalFile = (name: string) => written.has(name) && !written.get(name)!.duplicate;
    const precedence = [...accepted.filter(isOriginalFile), ...accepted.filter((name) => !isOriginalFile(name))];
    const duplicates = findDuplicates(
      precedence.map((name) => made.get(name)?.record ?? { raw: name, raw_sha256: cache.files[name]!.raw_sha256, fingerprint: cache.files[name]!.fingerprint }),
    );
    // A skipped file whose original changed must be written again with its new `duplicate_of`.
    const again = accepted.filter((name) => {
      const cached = cache.files[name];
      return !made.has(name) && cached && cached.duplicate_of !== (duplicates.get(name) ?? null);
    });
    if (again.length > 0) {
      const { normalizeArticle } = await extractors();
      // A file that became unreadable since the scan keeps its article until the next run rejects it.
      const readable = again.flatMap((name): RawArticle[] => {
        const bytes = readRaw(join(rawDir, name));
        return bytes instanceof Uint8Array ? [{ name, bytes }] : [];
      });
      const local = recordsHere(
        readable.map((raw) => normalizeArticle(raw, settings)),
        settings.entities,
      );
      holders.push(local);
      readable.forEach(({ name }, index) => {
        const record = local.results[index]!.record;
        if (record) made.set(name, { records: local, index, record });
      });
    }

    // Only new articles need ids: a run that made none does not load the slug maker.
    const existingIds = new Map([...written].map(([raw, article]) => [raw, article.id]));
    const ids = made.size === 0 ? new Map<string, string>() : (await import("./ids.ts")).assignIds([...made.values()].map((entry) => entry.record), existingIds);
    const toWrite = new Map<HeldRecords, { name: string; article: ArticleToWrite }[]>(holders.map((each) => [each, []]));
    for (const name of accepted) {
      const original = duplicates.get(name) ?? null;
      const entry = made.get(name);
      const id = ids.get(name) ?? written.get(name)!.id;
      const file = join(outDir, `${id}.md`);
      const report: FileReport = { raw: name, status: original ? "duplicate" : "unchanged", article: file, duplicate_of: original ? ids.get(original) ?? written.get(original)?.id ?? null : null, messages: entry?.record.messages ?? [] };
      reports.set(name, report);
      if (!entry) continue;
      const existing = written.get(name);
      if (existing && !existing.intact) {
        report.status = "rejected";
        report.messages = [...report.messages, fail(name, "output:hand-edited", `${existing.file} was edited by hand and is left as it is; put the correction in the raw file's front matter (${OVERRIDE_KEYS.join(", ")}) and delete the generated file`)];
        continue;
      }
      const present = existing ? sha256(existing.text) : null;
      toWrite.get(entry.records)!.push({ name, article: { index: entry.index, id, duplicateOf: report.duplicate_of, file, present, merged: settings.entities !== null && !original } });
    }

    // A run with nothing to write needs no writable folder.
    if ([...toWrite.values()].some((list) => list.length > 0)) ensureDir(outDir);
    const writtenNow = new Set<string>();
    const replaced: string[] = [];
    const writing: { list: { name: string; article: ArticleToWrite }[]; stats: Writing["written"] }[] = [];
    const entries = new Map<string, Omit<CachedFile, "output_stat">>();
    for (const [each, list] of toWrite) {
      const { rendered, written: stats } = each.write(list.map(({ article }) => article));
      writing.push({ list, stats });
      const results = await rendered;
      list.forEach(({ name, article }, k) => {
        const result = results[k]!;
        const existing = written.get(name);
        if ("failed" in result) {
          reports.set(name, { ...reports.get(name)!, status: "rejected", article: existing?.file ?? null, messages: [...reports.get(name)!.messages, result.failed] });
          return;
        }
        const { output_sha256, changed, mergeInput } = result;
        if (mergeInput) mergeInputs.set(name, mergeInput);
        if (changed) {
          writtenNow.add(article.file);
          if (existing && existing.file !== article.file) replaced.push(existing.file);
          if (!duplicates.has(name)) reports.get(name)!.status = "normalized";
        }
        const record = made.get(name)!.record;
        entries.set(name, {
          raw_sha256: record.raw_sha256,
          raw_stat: rawStats.get(name)!,
          output_sha256,
          output_file: basename(article.file),
          fingerprint: record.fingerprint,
          duplicate_of: duplicates.get(name) ?? null,
        });
      });
    }

    // Merged from what rendering gave, while a pool's workers write the files. Should one of them fail to be
    // written, the run stops after this merge; the next run writes the same articles and finds them merged.
    if (options.developments) {
      const merged: MergedFrom[] = [];
      for (const name of names) {
        const report = reports.get(name)!;
        if (!report.article || report.duplicate_of) continue;
        const output_sha256 = entries.get(name)?.output_sha256 ?? cache.files[name]?.output_sha256 ?? sha256(readFileSync(report.article));
        const mergeInput = mergeInputs.get(name);
        merged.push({ file: report.article, output_sha256, ...(mergeInput ? { mergeInput } : {}) });
      }
      developments = writeDevelopments(options.developments, merged, { sources: options.sources, force: options.force ?? false });
    }

    for (const { list, stats } of writing) {
      const fileStats = await stats;
      list.forEach(({ name }, k) => {
        const entry = entries.get(name);
        if (entry) cache.files[name] = { ...entry, output_stat: fileStats[k] ?? written.get(name)!.stat };
      });
    }
    // Articles are written in several threads at once: remove the files they replace afterwards, never one just written.
    for (const file of replaced) if (!writtenNow.has(file)) removeFile(file);
  } finally {
    await Promise.all(holders.map((each) => each.close()));
  }

  const present = new Set(names);
  const removed = [...written.values()].filter((article) => !present.has(article.raw) && article.intact).map((article) => article.file);
  for (const file of removed) removeFile(file);
  writeCache(outDir, cache, rehashed > 0);
  return { files: names.map((name) => reports.get(name)!), removed, developments };
}
