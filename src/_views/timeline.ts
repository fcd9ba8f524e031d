/** What the timeline and its per-language pages share: the list by month, and the filters. */
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import { groupByPeriod, periodAnchor } from "../_model/collections.ts";
import type { Dossier } from "../_model/dossier.ts";
import type { Page } from "../_model/pages.ts";
import { linkTo } from "../_model/site.ts";
import { html, type SafeHtml } from "./html.ts";
import { languageName } from "./language.ts";
import { developmentItem, pager } from "./parts.ts";

export function timelineList(dossier: Dossier, page: Page<MergedDevelopment>, label: string): SafeHtml {
  const periods = groupByPeriod(page.items, "newest");
  return html`<div id="timeline-list">
${periods.length ? "" : html`<p>No dated developments yet.</p>`}
${periods.map(
    (period) => html`<h2 id="${periodAnchor(period.key)}">${period.label}</h2>
<ol class="developments">${period.developments.map((d) => developmentItem(dossier, d, { withTopics: true, withNames: true, anchor: true }))}</ol>`,
  )}
${pager(dossier, page, label)}
</div>`;
}

function choice(name: string, label: string, options: [string, string][]): SafeHtml {
  return html`<p><label for="filter-${name}">${label}</label>
<select id="filter-${name}" name="${name}"><option value="">Any</option>${options.map(([value, text]) => html`<option value="${value}">${text}</option>`)}</select></p>`;
}

function links(label: string, items: [string, string][]): SafeHtml {
  return html`<h3>${label}</h3><ul>${items.map(([href, text]) => html`<li><a href="${href}">${text}</a></li>`)}</ul>`;
}

/**
 * A form the timeline script runs over the whole dossier, keeping the choice
 * in the query string; without JavaScript the form is hidden (`noscriptStyle`)
 * and the same choices are plain links to the pages that already list them.
 */
export function timelineFilters(dossier: Dossier): SafeHtml {
  const href = (to: string) => linkTo(dossier.site, to);
  const topics = dossier.topics.filter((t) => t.developmentCount > 0);
  const outlets = dossier.outlets.filter((o) => o.articles.some((a) => dossier.developmentsOf(a.id).length > 0));
  return html`<section class="filters" aria-labelledby="filters">
<h2 id="filters">Filter</h2>
<form id="timeline-filter" class="filter-form" action="${href("timeline/")}" method="get" data-index="${href("timeline/index.json")}">
${choice("topic", "Topic", topics.map((t) => [t.id, t.title]))}
${choice("entity", "Person, place or organisation", dossier.namedEntities.map((e) => [e.id, e.name]))}
${choice("source", "Source", outlets.map((o) => [o.slug, o.name]))}
${choice("lang", "Language", dossier.languages.map((code) => [code, languageName(code)]))}
<p class="actions"><button type="submit">Filter</button> <a href="${href("timeline/")}">Show all</a></p>
</form>
<details class="browse">
<summary>Browse by topic, name, source or language</summary>
<div class="names">
${links("Topics", topics.map((t) => [href(`topics/${t.id}/`), t.title]))}
${links("Names", dossier.namedEntities.map((e) => [href(`entities/${e.id}/`), e.name]))}
${links("Sources", outlets.map((o) => [href(`sources/${o.slug}/`), o.name]))}
${links("Languages", dossier.languages.map((code) => [href(`timeline/${code}/`), languageName(code)]))}
</div>
</details>
<p id="filter-status" role="status"></p>
<ol id="filter-results" class="developments" hidden></ol>
</section>`;
}

/** Hides the filter form when scripts do not run; hiding it until a script shows it would shift the page as it loads. */
export function noscriptStyle(dossier: Dossier): SafeHtml {
  return html`<noscript><link rel="stylesheet" href="${linkTo(dossier.site, "css/noscript.css")}"></noscript>`;
}
