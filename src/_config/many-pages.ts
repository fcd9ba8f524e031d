/**
 * Writes, once Eleventy has written the rest, the files a large corpus has by
 * the ten thousand or that grow with all of it: every article's and every
 * development's page, each named entity's pages, the timeline, the digests,
 * the per-language timelines, the calendars (over 100,000 events at 10,000 articles), the JSON and CSV
 * exports and the sitemap. Eleventy costs far more per page than these take to
 * render, and holds every page it wrote until it exits; here each file is
 * rendered, written and let go. Only the shard's own files.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { articlePage } from "../articles/article.ts";
import { developmentPage } from "../developments/development.ts";
import { entityPage } from "../entities/entity.ts";
import { languagePage } from "../timeline/language.ts";
import { timelinePage } from "../timeline/timeline.ts";
import { digestPage } from "../topics/digest.ts";
import { topicArticlesPage } from "../topics/topic-articles.ts";
import { renderCalendar } from "../_exports/calendar.ts";
import { developmentsCsv } from "../_exports/csv.ts";
import { developmentsJson } from "../_exports/developments-json.ts";
import { sitemap } from "../_exports/sitemap.ts";
import type { Dossier } from "../_model/dossier.ts";
import { ownsId, ownsShared } from "./shard.ts";
import type { Shard } from "../../pipeline/model/shards.ts";

// Enough files in flight to keep the disk busy without holding every page in memory.
const BATCH = 64;

interface File {
  /** Site path of the file, e.g. 'developments/<id>/index.html'. */
  path: string;
  render: () => string;
}

// A page is the `index.html` of its folder, as Eleventy writes it.
const pageFile = (path: string, render: () => string): File => ({ path: `${path}index.html`, render });

/** The shard's article pages, in a fixed order: its search index is read from them, so they are written first. */
export function articleFiles(dossier: Dossier, shard: Shard): File[] {
  return dossier.articles.filter((article) => ownsId(shard, article.id)).map((article) => pageFile(`articles/${article.id}/`, () => articlePage(dossier, article)));
}

/** The shard's other files, in a fixed order. */
export function manyFiles(dossier: Dossier, shard: Shard): File[] {
  const own = (id: string) => ownsId(shard, id);
  const shared: File[] = [
    ...dossier.timelinePages.map((page) => pageFile(page.path, () => timelinePage(dossier, page))),
    ...dossier.digestPages.map((page) => pageFile(page.path, () => digestPage(dossier, page))),
    ...dossier.topicArticlePages.map((page) => pageFile(page.path, () => topicArticlesPage(dossier, page))),
    ...dossier.languagePages.map((page) => pageFile(page.path, () => languagePage(dossier, page))),
    ...dossier.calendars.map((calendar) => ({ path: calendar.path, render: () => renderCalendar(dossier, calendar) })),
    { path: "developments.json", render: () => developmentsJson(dossier.developments) },
    { path: "developments.csv", render: () => developmentsCsv(dossier, dossier.developments) },
    { path: "sitemap.xml", render: () => sitemap(dossier) },
  ];
  return [
    ...dossier.developments.filter((development) => own(development.id)).map((development) => pageFile(dossier.developmentPath(development.id), () => developmentPage(dossier, development))),
    ...dossier.entityPages.filter((page) => own(page.entity.id)).map((page) => pageFile(page.path, () => entityPage(dossier, page))),
    ...(ownsShared(shard) ? shared : []),
  ];
}

export async function writeFiles(files: File[], output: string): Promise<void> {
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async ({ path, render }) => {
        const file = join(output, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, render());
      }),
    );
  }
}

/** Every file of `shard` this module writes. */
export const writePages = (dossier: Dossier, shard: Shard, output: string): Promise<void> => writeFiles([...articleFiles(dossier, shard), ...manyFiles(dossier, shard)], output);
