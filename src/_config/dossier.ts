/**
 * Everything the pages show, loaded once per build from the corpus named by
 * `DOSSIER_CORPUS` (default `corpus`) and the normalize report named by
 * `DOSSIER_REPORT`. A class instance, so Eleventy passes it by reference
 * instead of copying it into every page's data.
 */
import { join } from "node:path";
import { loadTaxonomy } from "../../pipeline/core/taxonomy.ts";
import { mergeDevelopments } from "../../pipeline/developments/merge.ts";
import type { MergedDevelopment } from "../../pipeline/developments/types.ts";
import { loadArticles, type Article, type InvalidFile } from "./articles.ts";
import { groupBySource, sortArticles, summarizeTopics, type Outlet, type TopicSummary } from "./collections.ts";
import { loadReport, type ReportEntry } from "./report.ts";
import { loadSite, type Site } from "./site.ts";

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
  readonly #articles: Map<string, Article>;

  constructor(paths: DossierPaths, env: NodeJS.ProcessEnv) {
    this.site = loadSite(paths.site, env);
    const { articles, invalid } = loadArticles(join(paths.corpus, "articles"));
    this.articles = sortArticles(articles);
    this.invalid = invalid;
    this.developments = mergeDevelopments(this.articles);
    this.topics = summarizeTopics(loadTaxonomy(join(paths.corpus, "topics.yaml")), this.articles, this.developments);
    this.outlets = groupBySource(this.articles);
    this.report = loadReport(paths.report);
    this.#articles = new Map(this.articles.map((article) => [article.id, article]));
  }

  article(id: string): Article | undefined {
    return this.#articles.get(id);
  }

  topicTitle(id: string): string {
    return this.topics.find((topic) => topic.id === id)?.title ?? id;
  }

  outletOf(article: Article): Outlet {
    return this.outlets.find((outlet) => outlet.articles.includes(article))!;
  }

  articlesIn(topic: string): Article[] {
    return this.articles.filter((article) => article.topics.includes(topic));
  }

  developmentsIn(topic: string): MergedDevelopment[] {
    return this.developments.filter((development) => development.topics.includes(topic));
  }

  /** Developments an article reports, oldest first. */
  developmentsOf(article: string): MergedDevelopment[] {
    return this.developments.filter((development) => development.sources.some((source) => source.article === article)).reverse();
  }
}
