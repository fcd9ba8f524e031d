/**
 * `npm run bench:file [-- --sizes 256,1024,1900 --runs 3]`: the time one
 * raw file takes to normalize, for files of each shape that once cost time
 * with the square of their size (one long line, one repeated sentence, many
 * dates, deep nesting) and plain prose, at several sizes in KiB. Prints the
 * median of the runs and the time per MiB; a failure shows as its error.
 */
import { parseArgs } from "node:util";
import { loadTaxonomy } from "../pipeline/model/taxonomy.ts";
import { loadEntities } from "../pipeline/model/entities.ts";
import { normalizeArticle } from "../pipeline/article/normalize.ts";
import { sizedTexts } from "./hostile.ts";
import { REPO } from "./steps.ts";
import { alignColumns } from "./table.ts";
import { join } from "node:path";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "256,1024,1900" }, runs: { type: "string", default: "3" } } });
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const context = { taxonomy: loadTaxonomy(join(REPO, "corpus", "topics.yaml")), entities: loadEntities(join(REPO, "corpus", "entities.yaml")) };

/** Milliseconds of the median run, or the error that stopped it. */
function time(name: string, bytes: Buffer): number | string {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    try {
      const result = normalizeArticle({ name, bytes }, context);
      if (!result.record && result.messages.some((message) => message.rule === "normalize:failed")) return result.messages[0]!.reason;
    } catch (error) {
      return String(error).split("\n")[0]!;
    }
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

// Loading the extractors (date readers, language models) is start-up, not the file's cost.
normalizeArticle({ name: "warm.txt", bytes: Buffer.from("Talks resume in Doha\n\nOfficials met in Doha on Sunday, mediators said.\n") }, context);

const rows = [["shape", ...sizes.map((kib) => `${kib} KiB`), "per MiB (largest)"]];
const shapes = sizedTexts(1024).map((text) => text.shape);
for (const [index, shape] of shapes.entries()) {
  const cells = sizes.map((kib) => {
    const { name, bytes } = sizedTexts(kib * 1024)[index]!;
    const ms = time(name, bytes);
    process.stderr.write(`${shape}, ${kib} KiB: ${typeof ms === "number" ? `${ms.toFixed(0)} ms` : ms}\n`);
    return { ms, mib: bytes.length / (1024 * 1024) };
  });
  const last = cells.at(-1)!;
  const perMib = typeof last.ms === "number" ? `${(last.ms / last.mib / 1000).toFixed(2)} s` : "fails";
  rows.push([shape, ...cells.map(({ ms }) => (typeof ms === "number" ? `${(ms / 1000).toFixed(2)} s` : "fails")), perMib]);
}
process.stdout.write(`${alignColumns(rows, 0).join("\n")}\n`);
