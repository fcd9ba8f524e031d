/**
 * `npm run bench [-- --n 10000[,…]] [--json FILE] [--seed S] [--bare-heap MB]`: generates a
 * synthetic corpus per size, times normalize (cold, warm, one article added),
 * the whole build and a bare Eleventy build of the same stories, and prints
 * one table. A step that fails shows as n/a, with its error above the table.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadTaxonomy } from "../pipeline/model/taxonomy.ts";
import { baselineCommand, writeBaselineProject } from "./baseline.ts";
import { writeCorpus, type Ingredients } from "./generate.ts";
import { CommandFailed, measure, type Figures } from "./measure.ts";
import { buildStep, normalizeStep, REPO, WORK_DIR, type Step } from "./steps.ts";
import { formatTable, toJsonText, type SizeResult } from "./table.ts";
import { loadVocabulary } from "./vocabulary.ts";

const DEFAULT_SIZES = [1000, 4000, 10000];

const log = (text: string) => process.stderr.write(`${text}\n`);

async function timed(label: string, step: Step): Promise<Figures | undefined> {
  try {
    const figures = await measure(step.command, { cwd: step.cwd, ...(step.env ? { env: step.env } : {}) });
    log(`  ${label}: ${figures.seconds.toFixed(2)} s, ${figures.peakMb.toFixed(0)} MB`);
    return figures;
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
    log(`  ${label} failed: ${error.message}`);
    return undefined;
  }
}

async function benchSize(n: number, seed: number, ingredients: Ingredients, bareHeapMb?: number): Promise<SizeResult> {
  mkdirSync(WORK_DIR, { recursive: true });
  const root = mkdtempSync(join(WORK_DIR, `n${n}-`));
  try {
    log(`n = ${n} (in ${root})`);
    const corpus = join(root, "corpus");
    const [raw, articles] = [join(corpus, "raw"), join(corpus, "articles")];
    mkdirSync(corpus, { recursive: true });
    for (const config of ["topics.yaml", "entities.yaml"]) copyFileSync(join(REPO, "corpus", config), join(corpus, config));
    writeCorpus(raw, seed, n, ingredients);
    const cold = await timed("normalize cold", normalizeStep(raw, articles));
    const warm = await timed("normalize warm", normalizeStep(raw, articles));
    // The site is built from exactly N articles, before one is added.
    const build = await timed("build", buildStep(corpus, join(root, "site")));
    writeCorpus(raw, seed, 1, ingredients, n);
    const addOne = await timed("normalize add one", normalizeStep(raw, articles));
    writeBaselineProject(join(root, "baseline"), seed, n, ingredients);
    const baseline = await timed(`bare Eleventy${bareHeapMb ? ` (heap up to ${bareHeapMb} MB)` : ""}`, baselineCommand(join(root, "baseline"), bareHeapMb));
    if (!baseline) throw new Error("the bare Eleventy baseline failed; nothing to compare with");
    return { n, baseline, ...(cold && { cold }), ...(warm && { warm }), ...(build && { build }), ...(addOne && { addOne }) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { n: { type: "string", multiple: true }, json: { type: "string" }, seed: { type: "string", default: "1" }, "bare-heap": { type: "string" } },
  });
  const bareHeapMb = values["bare-heap"] ? Number(values["bare-heap"]) : undefined;
  if (bareHeapMb !== undefined && !(Number.isInteger(bareHeapMb) && bareHeapMb > 0)) throw new RangeError(`--bare-heap wants megabytes, got ${values["bare-heap"]}`);
  const sizes = values.n ? values.n.flatMap((v) => v.split(",")).map(Number) : DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new RangeError(`--n wants positive integers, got ${values.n?.join(",")}`);
  const seed = Number(values.seed);
  const ingredients = { vocab: loadVocabulary(), taxonomy: loadTaxonomy(join(REPO, "corpus", "topics.yaml")) };
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n, seed, ingredients, bareHeapMb));
  process.stdout.write(formatTable(results));
  if (values.json) writeFileSync(values.json, toJsonText(results));
}

await main();
