/** `dossier normalize [--raw DIR] [--out DIR] [--report FILE] [--force]`, whole or in shards */
import { basename, dirname } from "node:path";
import { parseArgs } from "node:util";
import { parseTaxonomy } from "../../model/taxonomy.ts";
import { formatMessage } from "../../model/messages.ts";
import { DossierError } from "../../model/errors.ts";
import { ensureDir, leftovers, listRaw, removeFile, writeAtomic } from "../../corpus/files.ts";
import { normalizeInPool } from "../../corpus/pool.ts";
import { normalizeCorpus, type CorpusReport, type CorpusSettings } from "../../corpus/run.ts";
import { fromShards, normalizeShard, readShardRecords } from "../../corpus/shards.ts";
import { allShards, parseShard, shardCount, shardText } from "../../model/shards.ts";
import { CORPUS_HELP, CORPUS_OPTIONS, developmentsOptions, readText } from "./options.ts";
import type { Launch } from "./launch.ts";
import { progressPrinter } from "./progress.ts";

/** A shard's job starts a machine and installs the project: worth it only for a corpus this large. */
const PER_SHARD = 20_000;

const HELP = `Usage: dossier normalize [--raw DIR] [--out DIR] [--topics FILE] [--developments FILE] [--entities FILE] [--report FILE] [--force] [--workers N] [--allow-rejected]
       dossier normalize --plan [--per-shard N]         how many shards the raw files make, as JSON
       dossier normalize --shard i/n --records DIR      normalize only shard i of n, into DIR
       dossier normalize --records DIR [options]        the whole corpus, taking what the shards normalized

${CORPUS_HELP}
  --report FILE   also write a JSON report of every file's outcome
  --force         normalize every file, even unchanged ones
  --workers N     threads to normalize on (default: one per core from 1,000 changed files or 4 MiB, else 1)
  --allow-rejected  exit 0 even when files were rejected (they are still reported), so a build goes on
  --per-shard N   raw files a shard takes at most (default ${PER_SHARD})
  --shard i/n     the raw files a hash of their bytes gives to shard i of n
  --records DIR   where the shards' records are written, and read from`;

function countOption(value: string | undefined, option: string, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new DossierError(option, `config:${option.slice(2)}`, `expects a whole number of ${what}, 1 or more; got '${value}'`);
  return Number(value);
}

export function summaryLine(report: CorpusReport): string {
  const count = (status: string) => report.files.filter((file) => file.status === status).length;
  const removed = report.removed.length > 0 ? `, ${report.removed.length} removed` : "";
  return `${count("normalized")} normalized, ${count("unchanged")} unchanged, ${count("rejected")} rejected, ${count("duplicate")} duplicates${removed}`;
}

export async function normalizeCommand(args: string[], launch: Launch): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...CORPUS_OPTIONS,
      report: { type: "string" },
      force: { type: "boolean", default: false },
      workers: { type: "string" },
      "allow-rejected": { type: "boolean", default: false },
      plan: { type: "boolean", default: false },
      "per-shard": { type: "string" },
      shard: { type: "string" },
      records: { type: "string" },
    },
  });
  if (values.help) return console.log(HELP), 0;
  if (values.plan) {
    const count = shardCount(listRaw(values.raw).length, countOption(values["per-shard"], "--per-shard", "raw files") ?? PER_SHARD);
    return console.log(JSON.stringify({ count, shards: allShards(count).map((shard) => shard.index) })), 0;
  }
  const taxonomyText = readText(values.topics);
  const workers = countOption(values.workers, "--workers", "threads");
  const settings: CorpusSettings = {
    rawDir: values.raw,
    outDir: values.out,
    taxonomy: parseTaxonomy(taxonomyText, values.topics),
    configText: taxonomyText,
    sources: launch.sources,
    developments: developmentsOptions(values),
  };
  const pool = normalizeInPool({ worker: launch.worker, ...(workers === undefined ? {} : { size: workers, minimum: 0 }) });
  if (values.shard) {
    if (!values.records) throw new DossierError("--shard", "config:shard", "needs --records DIR, where the shard's records are written");
    const shard = parseShard(values.shard, "--shard");
    const made = await normalizeShard(settings, shard, values.records, pool);
    for (const message of made.messages) console.error(formatMessage({ ...message, file: `${values.raw}/${message.file}` }));
    console.log(`${made.records} raw files of shard ${shardText(shard)} normalized into ${made.file}`);
    return 0;
  }
  const report = await normalizeCorpus({
    ...settings,
    force: values.force,
    onProgress: progressPrinter(process.stderr),
    normalizeAll: values.records ? fromShards(readShardRecords(values.records, settings)) : pool,
  });
  // Messages about raw files name them inside the raw folder.
  for (const file of report.files) for (const message of file.messages) console.error(formatMessage({ ...message, file: `${values.raw}/${message.file}` }));
  for (const message of report.developments?.messages ?? []) console.error(formatMessage(message));
  if (values.report) {
    ensureDir(dirname(values.report));
    for (const file of leftovers(dirname(values.report), [basename(values.report)])) removeFile(file);
    writeAtomic(values.report, `${JSON.stringify({ files: report.files }, null, 2)}\n`);
  }
  console.log(summaryLine(report));
  const rejected = report.files.some((file) => file.status === "rejected") || Boolean(report.developments?.messages.some((message) => message.fatal));
  return rejected && !values["allow-rejected"] ? 1 : 0;
}
