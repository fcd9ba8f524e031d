import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import type { Page } from "../_model/pages.ts";
import type { Dossier } from "../_model/dossier.ts";
import { linkTo } from "../_model/site.ts";
import { html } from "../_views/html.ts";
import { languageName } from "../_views/language.ts";
import { layout } from "../_views/layout.ts";
import { count, pageCount, pageTitle } from "../_views/parts.ts";
import { timelineList } from "../_views/timeline.ts";

/** A page of the timeline of one language, written with the development pages (see `writePages`). */

export function languagePage(dossier: Dossier, page: Page<MergedDevelopment> & { language: string }): string {
  const name = languageName(page.language);
  const total = dossier.languagePages.filter((p) => p.language === page.language).reduce((sum, p) => sum + p.items.length, 0);
  return layout({
    dossier,
    title: pageTitle(`Timeline: reported in ${name}`, page),
    path: page.path,
    body: html`<h1>Timeline: reported in ${name}${pageCount(page)}</h1>
<p>${count(total, "development")} at least one ${name} article reports, newest first. <a href="${linkTo(dossier.site, "timeline/")}">The whole timeline</a>.</p>
${timelineList(dossier, page, `${name} timeline pages`)}`,
  });
}
