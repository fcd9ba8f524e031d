import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import { activityByMonth } from "../_model/collections.ts";
import type { Page } from "../_model/pages.ts";
import type { Dossier } from "../_model/dossier.ts";
import { linkTo } from "../_model/site.ts";
import { monthChart } from "../_views/chart.ts";
import { html, type SafeHtml } from "../_views/html.ts";
import { layout } from "../_views/layout.ts";
import { pageCount, pageTitle } from "../_views/parts.ts";
import { noscriptStyle, timelineFilters, timelineList } from "../_views/timeline.ts";

// The chart of months and the filters are the same on every page of the timeline: made once for each dossier.
const overviews = new WeakMap<Dossier, SafeHtml>();

function overview(dossier: Dossier): SafeHtml {
  let made = overviews.get(dossier);
  if (!made) {
    const chart = monthChart(activityByMonth(dossier.developments), (month) => {
      const path = dossier.monthPath(month);
      return path && linkTo(dossier.site, path);
    });
    overviews.set(dossier, (made = html`${chart}
${timelineFilters(dossier)}`));
  }
  return made;
}

/** A page of the timeline, newest first. */
export function timelinePage(dossier: Dossier, page: Page<MergedDevelopment>): string {
  return layout({
    dossier,
    title: pageTitle("Timeline", page),
    path: page.path,
    head: noscriptStyle(dossier),
    body: html`<h1>Timeline${pageCount(page)}</h1>
<p>Every dated development across topics, newest first. Events mentioned only as background are marked “context”.</p>
${overview(dossier)}
${timelineList(dossier, page, "Timeline pages")}
<script type="module" src="${linkTo(dossier.site, "js/timeline.js")}"></script>`,
  });
}
