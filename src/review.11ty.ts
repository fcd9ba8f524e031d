import type { Message } from "../pipeline/model/messages.ts";
import type { Article } from "./_model/articles.ts";
import type { Dossier } from "./_model/dossier.ts";
import { linkTo } from "./_model/site.ts";
import { html, type SafeHtml } from "./_views/html.ts";
import { layout } from "./_views/layout.ts";
import { dateTag } from "./_views/parts.ts";

export const data = { permalink: "review/index.html" };

/** An article's own messages, or a rejected file's: the file is named beside them. */
const messageList = (messages: Omit<Message, "file">[]) => html`<ul>${messages.map((m) => html`<li><code>${m.rule}</code>: ${m.reason}</li>`)}</ul>`;

function section(id: string, title: string, explanation: string, items: SafeHtml[]): SafeHtml {
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${title} <span class="count">${items.length}</span></h2>
<p>${explanation}</p>
${items.length ? html`<ul class="review-list">${items}</ul>` : html`<p class="none">None.</p>`}
</section>`;
}

export function render({ dossier }: { dossier: Dossier }): string {
  const link = (article: Article) => html`<a href="${linkTo(dossier.site, `articles/${article.id}/`)}">${article.title}</a>`;
  const described = (article: Article) => html`${link(article)} <span class="meta">(${article.source ?? "source not stated"}, ${dateTag(article.published)})</span>`;
  const from = (article: Article) => html` <span class="meta">from <code>${article.raw}</code></span>`;
  const rejected = dossier.report.filter((entry) => entry.status === "rejected");
  const warned = dossier.articles.filter((a) => a.messages.length);
  return layout({
    dossier,
    title: "Needs review",
    path: "review/",
    body: html`<h1>Needs review</h1>
<p>What the pipeline could not settle on its own. Correct a raw file (its front matter may override title, date, authors, source, URL, language and topics) and rebuild.</p>
${section("rejected", "Rejected raw files", "Nothing was written for these files.", rejected.map(
      (entry) => html`<li><code>${entry.raw}</code>${messageList(entry.messages)}</li>`,
    ))}
${section("invalid", "Unreadable article files", "These generated files do not match the front-matter schema and were left out of the site.", dossier.invalid.map(
      (message) => html`<li><code>${message.file}</code>: ${message.reason}</li>`,
    ))}
${section("undated", "Undated articles", "No publication date was found; they are listed apart and left out of dated feeds.", dossier.articles.filter((a) => !a.published).map((a) => html`<li>${link(a)}${from(a)}</li>`))}
${section("derived", "Derived titles", "These articles have no headline; their title was made from the text.", dossier.articles.filter((a) => a.title_derived).map((a) => html`<li>${link(a)}${from(a)}</li>`))}
${section("duplicates", "Duplicates", "Copies of another article; their developments count once.", dossier.articles.filter((a) => a.duplicate_of).map((a) => {
      const original = dossier.article(a.duplicate_of!);
      return html`<li>${described(a)} duplicates ${original ? described(original) : html`<code>${a.duplicate_of}</code>`}</li>`;
    }))}
${section("warnings", "Warnings", "Problems the pipeline worked around, per article.", warned.map(
      (a) => html`<li>${link(a)}${messageList(a.messages)}</li>`,
    ))}`,
  });
}
