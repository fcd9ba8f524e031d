/** `/feeds/`: every feed in every format, the OPML list and the exports, each address shown in full to copy. */
import type { Dossier } from "../_model/dossier.ts";
import { CSV_COLUMNS } from "../_exports/csv.ts";
import { feedPath, FORMATS, type Feed } from "../_exports/feeds.ts";
import { absoluteUrl, linkTo } from "../_model/site.ts";
import { html } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";

export const data = { permalink: "feeds/index.html" };

/** A link whose text is its own absolute address, the thing a reader pastes. */
function address(dossier: Dossier, path: string, label: string) {
  const url = absoluteUrl(dossier.site, path);
  return html`<a class="address" href="${url}" data-copy="${label}">${url}</a>`;
}

function feedEntry(dossier: Dossier, feed: Feed) {
  return html`<li>
<p class="feed-name"><a href="${linkTo(dossier.site, feed.page)}">${feed.label}</a></p>
<ul class="formats">${FORMATS.map((format) => html`<li><span class="format">${format.name}</span> ${address(dossier, feedPath(feed, format), `${format.name} address of ${feed.label}`)}</li>`)}</ul>
</li>`;
}

export function render({ dossier }: { dossier: Dossier }): string {
  const href = (to: string) => linkTo(dossier.site, to);
  return layout({
    dossier,
    title: "Feeds and exports",
    path: "feeds/",
    description: "Every feed of the dossier in RSS, Atom and JSON Feed, one OPML file to import them all, and the developments as calendars and a spreadsheet.",
    body: html`<h1>Feeds and exports</h1>
<p class="lede">Follow the dossier in a feed reader, put its developments in a calendar, or open them in a spreadsheet.</p>
<p id="copy-status" class="note" role="status"></p>

<section aria-labelledby="how">
<h2 id="how">How the feeds work</h2>
<p>Copy a feed’s address into your feed reader. Each feed comes in three formats with the same items under the same ids: <strong>RSS</strong> works in every reader, <strong>Atom</strong> and <strong>JSON Feed</strong> in most; take the one your reader prefers. Readers also find a page’s feeds from its own address: paste the address of the home page, a topic or a source.</p>
<p>A developments feed has one item per dated event, newest first, with every article that reports it; when a later article reports it again, the item keeps its id and date and shows when it was updated. Articles feeds have one item per dated article. Each feed carries the newest ${String(dossier.site.feed_items)} items; everything is on the <a href="${href("timeline/")}">timeline</a> and in the exports below.</p>
<p>To subscribe to everything at once, import the OPML file, which lists every feed once, in RSS: ${address(dossier, "feeds.opml", "address of the OPML file")}</p>
</section>

${dossier.feedGroups.map(
      (group, i) => html`<section aria-labelledby="feeds-${String(i)}">
<h2 id="feeds-${String(i)}">${group.title}</h2>
${group.feeds.length ? html`<ul class="feed-list">${group.feeds.map((feed) => feedEntry(dossier, feed))}</ul>` : html`<p>None yet.</p>`}
</section>`,
    )}

<section aria-labelledby="exports">
<h2 id="exports">Exports</h2>
<h3>Calendars (iCalendar)</h3>
<p>Every development as an all-day event, as precise as the reports: a development known to the day is that day, one known only to the month spans the whole month, one known to the year the whole year. Each event’s id is its feed item’s id, so a calendar that subscribes to the address updates events instead of adding them again. Events mentioned only in passing are in the category “Context”.</p>
<ul class="feed-list">
${dossier.calendars.map((calendar) => html`<li><p class="feed-name">${calendar.label}</p><ul class="formats"><li><span class="format">iCalendar</span> ${address(dossier, calendar.path, `iCalendar address of ${calendar.label}`)}</li></ul></li>\n`)}</ul>
<h3>Spreadsheet (CSV)</h3>
<p>One row per development, UTF-8, with the columns ${CSV_COLUMNS.map((column, i) => html`${i ? ", " : ""}<code>${column}</code>`)}. Lists (topics, entities and the sources) hold one entry a line, the sources’ lines in the same order in each column.</p>
<ul class="formats"><li><span class="format">CSV</span> ${address(dossier, "developments.csv", "address of the CSV file")}</li></ul>
<h3>Data (JSON)</h3>
<p>Every development with its sources, as the site itself reads them.</p>
<ul class="formats"><li><span class="format">JSON</span> ${address(dossier, "developments.json", "address of the JSON file")}</li></ul>
</section>
<script type="module" src="${href("js/copy.js")}"></script>`,
  });
}
