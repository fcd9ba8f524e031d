/** `dossier add <file>… | - | --url <address>`: store new raw articles, normalize them and show what was extracted. */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatMessage } from "../../model/messages.ts";
import { DossierError } from "../../model/errors.ts";
import { readFrontMatter } from "../../model/front-matter.ts";
import { frontMatterSchema, overridesSchema, type Overrides } from "../../model/schema.ts";
import { parseTaxonomy } from "../../model/taxonomy.ts";
import { listRaw } from "../../corpus/files.ts";
import { normalizeContextOf, normalizeCorpus, type CorpusSettings } from "../../corpus/run.ts";
import { normalizeArticle } from "../../article/normalize.ts";
import { copyOf, corpusCandidates } from "../../corpus/add/existing.ts";
import { fromFile, fromStream, fromUrl, type Incoming } from "../../corpus/add/input.ts";
import { rawFileName } from "../../corpus/add/name.ts";
import { withOverrides, writeRawFile } from "../../corpus/add/store.ts";
import { describeAdded } from "../../corpus/add/summary.ts";
import type { Launch } from "./launch.ts";
import { CORPUS_OPTIONS, developmentsOptions, readText } from "./options.ts";

const HELP = `Usage: dossier add <file>… [options]      add article files (- reads standard input)
       dossier add --url <address> [options]  download a page and add its article

  --title TEXT             correct the title
  --published YYYY-MM-DD   correct the publication date
  --source NAME            correct the source
  --url ADDRESS            with files: the article's address
  --allow-private          download from loopback, private and link-local addresses too
  --raw DIR                raw articles (default corpus/raw)
  --out DIR                generated articles (default corpus/articles)
  --topics FILE            topic taxonomy (default corpus/topics.yaml)
  --developments FILE      merged developments (default developments.json beside --out)
  --entities FILE          people and places (default corpus/entities.yaml)

Corrections are stored as front matter at the top of the new raw file.`;

function parseOverrides(values: Record<string, string | undefined>): Overrides {
  const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  const result = overridesSchema.safeParse(given);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new DossierError(`--${issue.path.join(".")}`, "add:option", issue.message);
}

/** Stores one article unless it is unreadable or already there; returns the exit status. */
async function addOne(incoming: Incoming, corrections: Overrides, dirs: CorpusSettings): Promise<number> {
  const name = rawFileName(incoming.hint, listRaw(dirs.rawDir));
  const bytes = withOverrides(incoming.origin, incoming.bytes, { ...incoming.found, ...corrections });
  const trial = normalizeArticle({ name, bytes }, normalizeContextOf(dirs));
  if (!trial.record) {
    for (const message of trial.messages) console.error(formatMessage({ ...message, file: incoming.origin }));
    console.error(`${incoming.origin}: nothing was added`);
    return 1;
  }
  const original = copyOf(trial.record, corpusCandidates(dirs));
  if (original) {
    console.log(`${incoming.origin} is already in the corpus as ${join(dirs.rawDir, original)}; nothing was added`);
    return 0;
  }
  const file = writeRawFile(dirs.rawDir, name, bytes);
  const report = await normalizeCorpus({ ...dirs });
  const entry = report.files.find((each) => each.raw === name);
  if (!entry?.article || entry.status === "rejected") {
    rmSync(file);
    for (const message of entry?.messages ?? []) console.error(formatMessage({ ...message, file: incoming.origin }));
    console.error(`${incoming.origin}: nothing was added`);
    return 1;
  }
  const article = frontMatterSchema.parse(readFrontMatter(readFileSync(entry.article, "utf8")).data);
  console.log(describeAdded(file, entry.article, article, entry.messages));
  return 0;
}

export async function addCommand(args: string[], launch: Launch): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      title: { type: "string" },
      published: { type: "string" },
      source: { type: "string" },
      "allow-private": { type: "boolean", default: false },
      ...CORPUS_OPTIONS,
    },
  });
  if (values.help) return console.log(HELP), 0;
  const download = positionals.length === 0 ? values.url : undefined;
  if (positionals.length === 0 && !download) return console.error(HELP), 2;

  const { title, published, source } = values;
  const corrections = parseOverrides({ title, published, source, url: download ? undefined : values.url });
  const configText = readText(values.topics);
  const dirs: CorpusSettings = { rawDir: values.raw, outDir: values.out, taxonomy: parseTaxonomy(configText, values.topics), configText, sources: launch.sources, developments: developmentsOptions(values) };

  let status = 0;
  for (const origin of download ? [download] : positionals) {
    try {
      if (origin === "-" && process.stdin.isTTY) console.error("Paste the article, then press Ctrl-D on a line of its own.");
      const incoming = download ? await fromUrl(origin, { allowPrivate: values["allow-private"] }) : origin === "-" ? await fromStream(process.stdin) : fromFile(origin);
      status = Math.max(status, await addOne(incoming, corrections, dirs));
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      console.error(`dossier add: ${error.message}`);
      status = Math.max(status, 1);
    }
  }
  return status;
}
