/**
 * Everything the pages show, loaded once per build from the corpus named by
 * `DOSSIER_CORPUS` (default `corpus`) and the normalize report named by
 * `DOSSIER_REPORT`. A class instance, so Eleventy passes it by reference
 * instead of copying it into every page's data.
 */
import { join } from "node:path";
import { loadTaxonomy } from "../../pipeline/core/taxonomy.ts";
import { existsSync } from "node:fs";
import { mergeDevelopments } from "../../pipeline/developments/merge.ts";
import { loadEntities, NO_ENTITIES, type EntityTable } from "../../pipeline/entities/table.ts";
import type { MergedDevelopment } from "../../pipeline/developments/types.ts";
import { loadArticles, type Article, type InvalidFile } from "./articles.ts";
import { groupBySource, sortArticles, summarizeTopics, type Outlet, type TopicSummary } from "./collections.ts";
import { loadReport, type ReportEntry } from "./report.ts";
import { loadSite, type Site } from "./site.ts";

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks.length ? chunks : [[]];
}

export interface DossierPaths {
  corpus: string;
  report: string;
  site: string;
}

export function pathsFromEnv(env: NodeJS.ProcessEnv): DossierPaths {
  return {
    corpus: env.DOSSIER_CORPUS || "corpus",
    report: env.DOSSIER_REPORT || ".cache/normalize-report.json",
    site: "src/_data/site.json",
  };
}

export class Dossier {
  readonly site: Site;
  /** Dated newest first, then undated. */
  readonly articles: Article[];
  readonly invalid: InvalidFile[];
  readonly topics: TopicSummary[];
  /** Newest first. */
  readonly developments: MergedDevelopment[];
  readonly outlets: Outlet[];
  readonly report: ReportEntry[];
  /** People, places and organisations of `<corpus>/entities.yaml`, if the corpus has one. */
  readonly entities: EntityTable;
  /** The timeline, newest first, cut into pages so no page grows without bound. */
  readonly timelinePages: MergedDevelopment[][];
  readonly #articles: Map<string, Article>;
  readonly #timelinePage = new Map<string, number>();
  readonly #outletOf = new Map<string, Outlet>();
  readonly #reportedBy = new Map<string, MergedDevelopment[]>();

  constructor(paths: DossierPaths, env: NodeJS.ProcessEnv, timelinePageSize = 100) {
    this.site = loadSite(paths.site, env);
    const { articles, invalid } = loadArticles(join(paths.corpus, "articles"));
    this.articles = sortArticles(articles);
    this.invalid = invalid;
    const entities = join(paths.corpus, "entities.yaml");
    this.entities = existsSync(entities) ? loadEntities(entities) : NO_ENTITIES;
    this.developments = mergeDevelopments(this.articles, this.entities);
    this.topics = summarizeTopics(loadTaxonomy(join(paths.corpus, "topics.yaml")), this.articles, this.developments);
    this.outlets = groupBySource(this.articles);
    this.report = loadReport(paths.report);
    this.#articles = new Map(this.articles.map((article) => [article.id, article]));
    this.timelinePages = chunk(this.developments, timelinePageSize);
    this.timelinePages.forEach((page, n) => page.forEach((development) => this.#timelinePage.set(development.id, n)));
    // Indexes, so per-article pages stay linear in the size of the corpus.
    for (const outlet of this.outlets) for (const article of outlet.articles) this.#outletOf.set(article.id, outlet);
    for (const development of [...this.developments].reverse()) {
      for (const { article } of development.sources) this.#reportedBy.set(article, [...(this.#reportedBy.get(article) ?? []), development]);
    }
  }

  /** Site path of a timeline page (0-based). */
  timelinePagePath(n: number): string {
    return n === 0 ? "timeline/" : `timeline/${n + 1}/`;
  }

  /** Site path of a development on the timeline. */
  timelinePath(development: string): string {
    return `${this.timelinePagePath(this.#timelinePage.get(development) ?? 0)}#${development}`;
  }

  article(id: string): Article | undefined {
    return this.#articles.get(id);
  }

  topicTitle(id: string): string {
    return this.topics.find((topic) => topic.id === id)?.title ?? id;
  }

  outletOf(article: Article): Outlet {
    return this.#outletOf.get(article.id)!;
  }

  articlesIn(topic: string): Article[] {
    return this.articles.filter((article) => article.topics.includes(topic));
  }

  developmentsIn(topic: string): MergedDevelopment[] {
    return this.developments.filter((development) => development.topics.includes(topic));
  }

  /** Developments an article reports, oldest first. */
  developmentsOf(article: string): MergedDevelopment[] {
    return this.#reportedBy.get(article) ?? [];
  }
}
