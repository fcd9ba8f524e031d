/** `dossier check [--raw DIR] [--out DIR] [--topics FILE] [--developments FILE] [--entities FILE]`: validates the corpus and writes nothing. */
import { compareText } from "../../model/compare.ts";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fail, formatMessage, type Message } from "../../model/messages.ts";
import { parseTaxonomy } from "../../model/taxonomy.ts";
import { checkArticle, checkDevelopments } from "../../corpus/check/article.ts";
import { checkFreshness } from "../../corpus/check/freshness.ts";
import { readDevelopmentsFile } from "../../corpus/developments/file.ts";
import { leftovers } from "../../corpus/files.ts";
import type { Launch } from "./launch.ts";
import { CORPUS_HELP, CORPUS_OPTIONS, developmentsOptions, readText } from "./options.ts";

const HELP = `Usage: dossier check [--raw DIR] [--out DIR] [--topics FILE] [--developments FILE] [--entities FILE]

Checks that every generated article is up to date with its raw file and the
taxonomy, was not edited by hand, has valid front matter and known topics, and
is no unresolved duplicate, and that the developments file is up to date with
the articles and the entity table and was not edited by hand. Lists undated
articles and derived titles as warnings. Prints one line per problem; exits
with 1 when any is an error.

${CORPUS_HELP}`;

export async function checkCommand(args: string[], launch: Launch): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...CORPUS_OPTIONS,
    },
  });
  if (values.help) return console.log(HELP), 0;
  const configText = readText(values.topics);
  const taxonomy = parseTaxonomy(configText, values.topics);
  const topicIds = new Set(taxonomy.map((topic) => topic.id));

  const names = existsSync(values.out) ? readdirSync(values.out).filter((name) => name.endsWith(".md")).sort() : [];
  const developments = developmentsOptions(values);
  const messages: Message[] = [
    ...(await checkFreshness({ rawDir: values.raw, outDir: values.out, taxonomy, configText, sources: launch.sources, developments })),
    ...names.flatMap((name) => checkArticle(join(values.out, name), readFileSync(join(values.out, name), "utf8"), topicIds)),
    ...(existsSync(developments.file) ? checkDevelopments(developments.file, readDevelopmentsFile(developments.file), () => readFileSync(developments.file, "utf8")) : []),
    ...leftovers(values.out).map((file) => fail(file, "check:leftover", "a temporary file left by an interrupted run; `npx dossier normalize` removes it")),
  ].sort((a, b) => compareText(a.file, b.file) || compareText(a.rule, b.rule));

  for (const message of messages) console.log(formatMessage(message));
  const errors = messages.filter((message) => message.fatal).length;
  console.log(`${names.length} articles checked: ${errors} errors, ${messages.length - errors} warnings`);
  return errors > 0 ? 1 : 0;
}
