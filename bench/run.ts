/**
 * `npm run bench [-- --n 10000[,…]] [--json FILE] [--seed S]`: generates a
 * synthetic corpus per size, times normalize (cold, warm, one article added),
 * the site build and a bare Eleventy build of the same stories, and prints
 * one table. Steps this checkout does not have yet show as n/a.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadTaxonomy } from "../pipeline/core/taxonomy.ts";
import { baselineCommand, writeBaselineProject } from "./baseline.ts";
import { writeCorpus, type Ingredients } from "./generate.ts";
import { measure, type Figures } from "./measure.ts";
import { hasNormalizer, hasSiteBuild, normalizeStep, REPO, siteStep, type Step } from "./steps.ts";
import { formatTable, toJsonText, type SizeResult } from "./table.ts";
import { loadVocabulary } from "./vocabulary.ts";

const DEFAULT_SIZES = [1000, 4000, 10000];

// Inside the project (and git-ignored), where a user's corpus lives: on some
// machines the system temp folder sits on a much slower file system.
const WORK_DIR = join(REPO, ".cache", "bench");

const log = (text: string) => process.stderr.write(`${text}\n`);

async function timed(label: string, step: Step): Promise<Figures> {
  const figures = await measure(step.command, { cwd: step.cwd, ...(step.env ? { env: step.env } : {}) });
  log(`  ${label}: ${figures.seconds.toFixed(2)} s, ${figures.peakMb.toFixed(0)} MB`);
  return figures;
}

async function benchSize(n: number, seed: number, ingredients: Ingredients): Promise<SizeResult> {
  mkdirSync(WORK_DIR, { recursive: true });
  const root = mkdtempSync(join(WORK_DIR, `n${n}-`));
  try {
    log(`n = ${n} (in ${root})`);
    const corpus = join(root, "corpus");
    const [raw, articles] = [join(corpus, "raw"), join(corpus, "articles")];
    mkdirSync(corpus, { recursive: true });
    copyFileSync(join(REPO, "corpus", "topics.yaml"), join(corpus, "topics.yaml"));
    writeCorpus(raw, seed, n, ingredients);
    const result: Partial<SizeResult> = { n };
    if (hasNormalizer()) {
      result.cold = await timed("normalize cold", normalizeStep(raw, articles));
      result.warm = await timed("normalize warm", normalizeStep(raw, articles));
    }
    // The site is built from exactly N articles, before one is added.
    if (hasNormalizer() && hasSiteBuild()) result.build = await timed("site build", siteStep(corpus, join(root, "site")));
    if (hasNormalizer()) {
      writeCorpus(raw, seed, 1, ingredients, n);
      result.addOne = await timed("normalize add one", normalizeStep(raw, articles));
    }
    writeBaselineProject(join(root, "baseline"), seed, n, ingredients);
    const baseline = baselineCommand(join(root, "baseline"));
    result.baseline = await timed("bare Eleventy", baseline);
    return result as SizeResult;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { n: { type: "string", multiple: true }, json: { type: "string" }, seed: { type: "string", default: "1" } },
  });
  const sizes = values.n ? values.n.flatMap((v) => v.split(",")).map(Number) : DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new RangeError(`--n wants positive integers, got ${values.n?.join(",")}`);
  const seed = Number(values.seed);
  const ingredients = { vocab: loadVocabulary(), taxonomy: loadTaxonomy(join(REPO, "corpus", "topics.yaml")) };
  if (!hasNormalizer()) log("no normalizer in this checkout yet: normalize and site build show as n/a");
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n, seed, ingredients));
  process.stdout.write(formatTable(results));
  if (values.json) writeFileSync(values.json, toJsonText(results));
}

await main();
