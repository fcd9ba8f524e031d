/** Checks one generated file on its own: an article's hash, front matter and topics; the developments file's hash and schema. */
import { readFrontMatter } from "../../model/front-matter.ts";
import { frontMatterSchema, issueText } from "../../model/schema.ts";
import { parseDevelopmentItems, parseDevelopments } from "../../model/developments.ts";
import { DossierError } from "../../model/errors.ts";
import { hasIntactHash } from "../../article/render/article.ts";
import type { ReadDevelopments } from "../../article/render/developments.ts";
import { fail, warn, type Message } from "../../model/messages.ts";

export function checkArticle(file: string, text: string, topicIds: ReadonlySet<string>): Message[] {
  const messages: Message[] = [];
  if (!hasIntactHash(text)) {
    messages.push(fail(file, "check:hand-edited", "changed after it was generated; put corrections in the raw file's front matter instead"));
  }
  let data: unknown;
  try {
    data = readFrontMatter(text).data;
  } catch (cause) {
    // js-yaml counts lines from 0 at the opening `---`, which is the file's line 1.
    const line = (cause as { mark?: { line?: number } }).mark?.line;
    return [...messages, fail(file, "check:schema", `front matter is not valid YAML: ${(cause as Error).message.split("\n")[0]}`, line === undefined ? undefined : line + 1)];
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) messages.push(fail(file, "check:schema", issueText(issue, "front matter")));
    return messages;
  }
  const article = parsed.data;
  for (const topic of article.topics) {
    if (!topicIds.has(topic)) messages.push(fail(file, "check:topic", `topic '${topic}' is not in the taxonomy`));
  }
  if (article.duplicate_of) {
    messages.push(fail(file, "check:duplicate", `${article.raw} is a copy of article '${article.duplicate_of}'; delete one of the two raw files`));
  }
  if (!article.published) messages.push(warn(file, "check:undated", "no publication date was found; set `published` in the raw file"));
  if (article.title_derived) messages.push(warn(file, "check:title-derived", `no headline was found; the title '${article.title}' was made from the text`));
  return messages;
}

/** `read` is the file as read in parts; `text` gives it whole, asked for only when it is not laid out as this code writes it. */
export function checkDevelopments(file: string, read: ReadDevelopments, text: () => string): Message[] {
  const messages: Message[] = [];
  if (!read.hash?.intact) {
    messages.push(fail(file, "check:hand-edited", "changed after it was generated; put corrections in the raw files' front matter instead"));
  }
  try {
    if (read.developments) parseDevelopmentItems(read.developments, file);
    else parseDevelopments(text(), file);
  } catch (cause) {
    if (!(cause instanceof DossierError)) throw cause;
    messages.push(fail(file, "check:schema", cause.detail.reason));
  }
  return messages;
}
