/**
 * `npm run bench:extract -- --labels FILE --raw DIR [--misses FILE] [--json FILE]`:
 * normalizes a folder of raw pages as users do, into a temporary folder, and
 * scores the day, title and first author of every labelled page against
 * labels.json. Prints one table; `--misses` writes each wrong or missing
 * field as one JSON line, `--json` the figures.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DossierError } from "../pipeline/model/errors.ts";
import { readText } from "../pipeline/launcher/cli/options.ts";
import { readPages, type ReportedFile } from "./extract/pages.ts";
import { parseLabels, scorePages, type Page } from "./extract/score.ts";
import { formatTable, toJsonText, type Run } from "./extract/table.ts";
import { CommandFailed, measure } from "./measure.ts";
import { normalizeStep, WORK_DIR } from "./steps.ts";

const USAGE = "usage: npm run bench:extract -- --labels FILE --raw DIR [--misses FILE] [--json FILE]";

class UsageError extends Error {}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({ options: { labels: { type: "string" }, raw: { type: "string" }, misses: { type: "string" }, json: { type: "string" } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`, { cause: error });
  }
  const { labels, raw } = values;
  if (!labels) throw new UsageError(`--labels FILE is missing; ${USAGE}`);
  if (!raw) throw new UsageError(`--raw DIR is missing; ${USAGE}`);
  if (!isFolder(raw)) throw new DossierError(raw, "bench:raw", "is not a folder that can be read");
  return { ...values, labels, raw };
}

/** Normalizes `raw` into a temporary folder, reads what it made, and removes the folder. */
async function normalize(raw: string): Promise<{ pages: Map<string, Page>; run: Run }> {
  mkdirSync(WORK_DIR, { recursive: true });
  const root = mkdtempSync(join(WORK_DIR, "extract-"));
  try {
    const report = join(root, "report.json");
    const step = normalizeStep(raw, join(root, "articles"));
    // The pipeline bundle is made again on first use after a change: make it before the clock starts.
    await measure([...step.command, "--help"], { cwd: step.cwd });
    // Rejected files are part of the score, not a failure of the run.
    const timing = await measure([...step.command, "--report", report, "--allow-rejected"], { cwd: step.cwd });
    const { files } = JSON.parse(readFileSync(report, "utf8")) as { files: ReportedFile[] };
    return { pages: readPages(files, step.cwd), run: { ...timing, files: files.length } };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = options();
  const labels = parseLabels(readText(args.labels), args.labels);
  const { pages, run } = await normalize(resolve(args.raw));
  const score = scorePages(labels, pages);
  process.stdout.write(formatTable(score, run));
  if (args.misses) writeFileSync(args.misses, score.misses.map((miss) => `${JSON.stringify(miss)}\n`).join(""));
  if (args.json) writeFileSync(args.json, toJsonText(score, run));
}

try {
  await main();
} catch (error) {
  // A mistake in the command line or the inputs is one line, not a stack trace.
  // System errors (a --json folder that does not exist) name their path too.
  const known = error instanceof UsageError || error instanceof DossierError || error instanceof CommandFailed || (error as NodeJS.ErrnoException).syscall !== undefined;
  if (!known) throw error;
  process.stderr.write(`bench:extract: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
