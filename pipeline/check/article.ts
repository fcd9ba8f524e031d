/** Checks one generated file on its own: an article's hash, front matter and topics; the developments file's hash and schema. */
import { readFrontMatter } from "../core/front-matter.ts";
import { frontMatterSchema } from "../core/schema.ts";
import { parseDevelopments } from "../core/developments.ts";
import { DossierError } from "../core/errors.ts";
import { hasIntactHash } from "../render/article.ts";
import { hasIntactDevelopments } from "../render/developments.ts";
import { error, warning, type Problem } from "./problem.ts";

export function checkArticle(file: string, text: string, topicIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  if (!hasIntactHash(text)) {
    problems.push(error(file, "check:hand-edited", "changed after it was generated; put corrections in the raw file's front matter instead"));
  }
  let data: unknown;
  try {
    data = readFrontMatter(text).data;
  } catch (cause) {
    return [...problems, error(file, "check:schema", `front matter is not valid YAML: ${(cause as Error).message.split("\n")[0]}`)];
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(error(file, "check:schema", `${issue.path.join(".") || "front matter"}: ${issue.message}`));
    }
    return problems;
  }
  const article = parsed.data;
  for (const topic of article.topics) {
    if (!topicIds.has(topic)) problems.push(error(file, "check:topic", `topic '${topic}' is not in the taxonomy`));
  }
  if (article.duplicate_of) {
    problems.push(error(file, "check:duplicate", `${article.raw} is a copy of article '${article.duplicate_of}'; delete one of the two raw files`));
  }
  if (!article.published) problems.push(warning(file, "check:undated", "no publication date was found; set `published` in the raw file"));
  if (article.title_derived) problems.push(warning(file, "check:title-derived", `no headline was found; the title '${article.title}' was made from the text`));
  return problems;
}

export function checkDevelopments(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  if (!hasIntactDevelopments(text)) {
    problems.push(error(file, "check:hand-edited", "changed after it was generated; put corrections in the raw files' front matter instead"));
  }
  try {
    parseDevelopments(text, file);
  } catch (cause) {
    if (!(cause instanceof DossierError)) throw cause;
    problems.push(error(file, "check:schema", cause.message.slice(file.length + 2)));
  }
  return problems;
}
