/** `dossier normalize [--raw DIR] [--out DIR] [--report FILE] [--force]` */
import { basename, dirname } from "node:path";
import { parseArgs } from "node:util";
import { parseTaxonomy } from "../../model/taxonomy.ts";
import { formatMessage } from "../../model/messages.ts";
import { DossierError } from "../../model/errors.ts";
import { ensureDir, leftovers, removeFile, writeAtomic } from "../../corpus/files.ts";
import { normalizeInPool } from "../../corpus/pool.ts";
import { normalizeCorpus, type CorpusReport } from "../../corpus/run.ts";
import { CORPUS_HELP, CORPUS_OPTIONS, developmentsOptions, readText } from "./options.ts";
import type { Launch } from "./launch.ts";
import { progressPrinter } from "./progress.ts";

const HELP = `Usage: dossier normalize [--raw DIR] [--out DIR] [--topics FILE] [--developments FILE] [--entities FILE] [--report FILE] [--force] [--workers N] [--allow-rejected]

${CORPUS_HELP}
  --report FILE   also write a JSON report of every file's outcome
  --force         normalize every file, even unchanged ones
  --workers N     threads to normalize on (default: one per core from 1,000 changed files, else 1)
  --allow-rejected  exit 0 even when files were rejected (they are still reported), so a build goes on`;

function workersOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new DossierError("--workers", "config:workers", `expects a whole number of threads, 1 or more; got '${value}'`);
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
    },
  });
  if (values.help) return console.log(HELP), 0;
  const taxonomyText = readText(values.topics);
  const workers = workersOption(values.workers);
  const report = await normalizeCorpus({
    rawDir: values.raw,
    outDir: values.out,
    taxonomy: parseTaxonomy(taxonomyText, values.topics),
    configText: taxonomyText,
    sources: launch.sources,
    force: values.force,
    developments: developmentsOptions(values),
    onProgress: progressPrinter(process.stderr),
    normalizeAll: normalizeInPool({ worker: launch.worker, ...(workers === undefined ? {} : { size: workers, minimum: 0 }) }),
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
