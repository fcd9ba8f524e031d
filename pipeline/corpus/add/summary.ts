/** What `dossier add` shows about a new article: every extracted field, and what to correct. */
import type { Message } from "../../model/messages.ts";
import { OVERRIDE_KEYS, type FrontMatter } from "../../model/schema.ts";

const MAX_TEXT = 100;
const row = (label: string, value: string) => `  ${label.padEnd(13)} ${value}`;
const shorten = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

function published(article: FrontMatter): string {
  if (!article.published) return "not found: set it with --published YYYY-MM-DD";
  const when = [article.published, article.published_time, article.published_zone].filter(Boolean).join(" ");
  return article.date_evidence ? `${when} (read from "${shorten(article.date_evidence)}")` : when;
}

export function describeAdded(rawFile: string, articleFile: string, article: FrontMatter, messages: Message[]): string {
  const none = "none found";
  const lines = [
    `Added ${rawFile} → ${articleFile}`,
    row("title", article.title_derived ? `${article.title} (no headline found; made from the first paragraph)` : article.title),
    row("published", published(article)),
    row("authors", article.authors.join(", ") || none),
    row("source", article.source ?? none),
    row("url", article.url ?? none),
    row("language", article.language),
    row("topics", article.topics.join(", ") || none),
    row("developments", article.developments.length === 0 ? none : String(article.developments.length)),
    ...article.developments.map((development) => `    ${development.date.padEnd(10)}  ${shorten(development.text)}`),
  ];
  if (article.duplicate_of) lines.push(row("duplicate of", article.duplicate_of));
  const warnings = messages.filter((message) => !message.fatal);
  if (warnings.length > 0) lines.push("  warnings", ...warnings.map((message) => `    ${message.rule}: ${message.reason}`));
  lines.push(
    `To correct a field, put it in front matter at the top of ${rawFile} (${OVERRIDE_KEYS.join(", ")}) and run \`npx dossier normalize\`.`,
  );
  return lines.join("\n");
}
