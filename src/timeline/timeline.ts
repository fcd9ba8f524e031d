import type { MergedDevelopment } from "../../pipeline/core/developments.ts";
import { activityByMonth } from "../_config/collections.ts";
import type { Page } from "../_config/pages.ts";
import type { Dossier } from "../_config/dossier.ts";
import { linkTo } from "../_config/site.ts";
import { monthChart } from "../_lib/chart.ts";
import { html } from "../_lib/html.ts";
import { layout } from "../_lib/layout.ts";
import { pageCount, pageTitle } from "../_lib/parts.ts";
import { noscriptStyle, timelineFilters, timelineList } from "../_lib/timeline.ts";

/** A page of the timeline, newest first. */
export function timelinePage(dossier: Dossier, page: Page<MergedDevelopment>): string {
  return layout({
    dossier,
    title: pageTitle("Timeline", page),
    path: page.path,
    head: noscriptStyle(dossier),
    body: html`<h1>Timeline${pageCount(page)}</h1>
<p>Every dated development across topics, newest first. Events mentioned only as background are marked “context”.</p>
${monthChart(activityByMonth(dossier.developments), (month) => {
      const path = dossier.monthPath(month);
      return path && linkTo(dossier.site, path);
    })}
${timelineFilters(dossier)}
${timelineList(dossier, page, "Timeline pages")}
<script type="module" src="${linkTo(dossier.site, "js/timeline.js")}"></script>`,
  });
}
