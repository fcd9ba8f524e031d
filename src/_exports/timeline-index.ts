/**
 * `/timeline/index.json`: what the timeline's filters need of every
 * development, newest first, so a filtered view covers the whole dossier and
 * not only the page it was chosen on.
 */
import { readableRange } from "../_model/dates.ts";
import type { Dossier } from "../_model/dossier.ts";
import { linkTo } from "../_model/site.ts";

export function timelineIndex(dossier: Dossier): string {
  const rows = dossier.developments.map((development) => ({
    id: development.id,
    when: readableRange(development.date, development.end),
    text: development.text,
    href: linkTo(dossier.site, dossier.developmentPath(development.id)),
    topics: development.topics,
    entities: development.entities,
    sources: [
      ...new Set(development.sources.flatMap((source) => {
        const article = dossier.article(source.article);
        return article ? [dossier.outletOf(article).slug] : [];
      })),
    ],
    languages: dossier.languagesOf(development),
  }));
  return `${JSON.stringify({ developments: rows })}\n`;
}
