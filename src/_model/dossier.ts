/**
 * Everything the pages show, read once per build (articles, merged
 * developments, taxonomy, entities) from the corpus named by
 * `DOSSIER_CORPUS` (default `corpus`) and the normalize report named by
 * `DOSSIER_REPORT`, with the site metadata of `DOSSIER_SITE`. A class instance, so Eleventy passes it by reference
 * instead of copying it into every page's data.
 */
import { join } from "node:path";
import { loadTaxonomy } from "../../pipeline/model/taxonomy.ts";
import { existsSync } from "node:fs";
import { loadEntities, NO_ENTITIES, type EntityTable } from "../../pipeline/model/entities.ts";
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import { compareText } from "../../pipeline/model/compare.ts";
import type { Message } from "../../pipeline/model/messages.ts";
import { loadArticles, type Article } from "./articles.ts";
import { loadDevelopments } from "./developments.ts";
import { append, groupBySource, periodAnchor, periodKey, sortArticles, summarizeTopics, type Outlet, type TopicSummary } from "./collections.ts";
import { namedEntities, type NamedEntity } from "./entities.ts";
import { calendars, type Calendar } from "../_exports/calendar.ts";
import { feedGroups, type FeedGroup } from "../_exports/feeds.ts";
import { paginate, type Page } from "./pages.ts";
import { loadReport, type ReportEntry } from "./report.ts";
import { loadSite, type Site } from "./site.ts";
import { shardCount } from "../../pipeline/model/shards.ts";

export interface DossierPaths {
  corpus: string;
  report: string;
  site: string;
}

export function pathsFromEnv(env: NodeJS.ProcessEnv): DossierPaths {
  return {
    corpus: env.DOSSIER_CORPUS || "corpus",
    report: env.DOSSIER_REPORT || ".cache/normalize-report.json",
    site: env.DOSSIER_SITE || "src/_data/site.json",
  };
}

export class Dossier {
  readonly site: Site;
  /** Shards the site is built and searched in: as many as the corpus needs at the site's `shard_articles` each. */
  readonly shards: number;
  /** Dated newest first, then undated. */
  readonly articles: Article[];
  readonly invalid: Message[];
  readonly topics: TopicSummary[];
  /** Newest first. */
  readonly developments: MergedDevelopment[];
  readonly outlets: Outlet[];
  readonly report: ReportEntry[];
  /** People, places and organisations of `<corpus>/entities.yaml`, if the corpus has one. */
  readonly entities: EntityTable;
  /** Developments or articles per page of a long list. */
  readonly pageSize: number;
  /** The timeline, newest first. */
  readonly timelinePages: Page<MergedDevelopment>[];
  /** Each topic's digest, its newest developments on the first page. */
  readonly digestPages: (Page<MergedDevelopment> & { topic: TopicSummary })[];
  /** The articles of topics with more than fit on their digest. */
  readonly topicArticlePages: (Page<Article> & { topic: TopicSummary })[];
  readonly sourcePages: (Page<Article> & { outlet: Outlet })[];
  /** Entities the developments name, most named first. */
  readonly namedEntities: NamedEntity[];
  /** Each named entity's developments, newest first. */
  readonly entityPages: (Page<MergedDevelopment> & { entity: NamedEntity })[];
  /** Languages the sources are written in, by code. */
  readonly languages: string[];
  /** The timeline of the developments reported in each language: what the language filter leads to without JavaScript. */
  readonly languagePages: (Page<MergedDevelopment> & { language: string })[];
  /** Every feed, grouped as `/feeds/` lists them; each is written in every format. */
  readonly feedGroups: FeedGroup[];
  /** All developments, then each topic's, as iCalendar files. */
  readonly calendars: Calendar[];
  readonly #articles: Map<string, Article>;
  readonly #timelinePage = new Map<string, string>();
  readonly #outletOf = new Map<string, Outlet>();
  readonly #reportedBy = new Map<string, MergedDevelopment[]>();
  readonly #byTopic = new Map<string, { articles: Article[]; developments: MergedDevelopment[] }>();
  readonly #entities = new Map<string, NamedEntity>();
  readonly #naming = new Map<string, MergedDevelopment[]>();
  readonly #position = new Map<string, number>();
  readonly #monthPath = new Map<string, string>();

  /** `pageSize`, when given, replaces the site's `page_size`. */
  constructor(paths: DossierPaths, env: NodeJS.ProcessEnv, pageSize?: number) {
    this.site = loadSite(paths.site, env);
    const { articles, invalid } = loadArticles(join(paths.corpus, "articles"));
    this.articles = sortArticles(articles);
    this.invalid = invalid;
    // Every file counts, read or not, as the build counts them before it starts.
    this.shards = shardCount(articles.length + invalid.length, this.site.shard_articles);
    const entities = join(paths.corpus, "entities.yaml");
    this.entities = existsSync(entities) ? loadEntities(entities) : NO_ENTITIES;
    this.developments = loadDevelopments(join(paths.corpus, "developments.json"));
    this.topics = summarizeTopics(loadTaxonomy(join(paths.corpus, "topics.yaml")), this.articles, this.developments);
    this.outlets = groupBySource(this.articles);
    this.report = loadReport(paths.report);
    this.#articles = new Map(this.articles.map((article) => [article.id, article]));
    const size = (this.pageSize = pageSize ?? this.site.page_size);
    this.timelinePages = paginate(this.developments, size, "timeline/");
    for (const page of this.timelinePages) for (const development of page.items) this.#timelinePage.set(development.id, page.path);
    // Indexes, so per-article and per-topic pages stay linear in the size of the corpus.
    for (const outlet of this.outlets) for (const article of outlet.articles) this.#outletOf.set(article.id, outlet);
    for (const development of [...this.developments].reverse()) {
      for (const { article } of development.sources) append(this.#reportedBy, article, development);
    }
    for (const topic of this.topics) this.#byTopic.set(topic.id, { articles: [], developments: [] });
    for (const article of this.articles) for (const id of article.topics) this.#byTopic.get(id)?.articles.push(article);
    for (const development of this.developments) for (const id of development.topics) this.#byTopic.get(id)?.developments.push(development);
    this.digestPages = this.topics.flatMap((topic) =>
      paginate(this.developmentsIn(topic.id), size, `topics/${topic.id}/`).map((page) => ({ ...page, topic })),
    );
    this.topicArticlePages = this.topics
      .filter((topic) => this.articlesIn(topic.id).length > size)
      .flatMap((topic) => paginate(this.articlesIn(topic.id), size, `topics/${topic.id}/articles/`).map((page) => ({ ...page, topic })));
    this.sourcePages = this.outlets.flatMap((outlet) => paginate(outlet.articles, size, `sources/${outlet.slug}/`).map((page) => ({ ...page, outlet })));
    this.namedEntities = namedEntities(this.developments, this.entities);
    for (const entity of this.namedEntities) this.#entities.set(entity.id, entity);
    this.developments.forEach((development, i) => {
      this.#position.set(development.id, i);
      for (const id of new Set(development.entities)) append(this.#naming, id, development);
    });
    this.entityPages = this.namedEntities.flatMap((entity) =>
      paginate(this.developmentsNaming(entity.id), size, `entities/${entity.id}/`).map((page) => ({ ...page, entity })),
    );
    for (const page of this.timelinePages) {
      for (const development of page.items) {
        const month = periodKey(development.date);
        if (!this.#monthPath.has(month)) this.#monthPath.set(month, `${page.path}#${periodAnchor(month)}`);
      }
    }
    const byLanguage = new Map<string, MergedDevelopment[]>();
    for (const development of this.developments) for (const language of this.languagesOf(development)) append(byLanguage, language, development);
    this.languages = [...byLanguage.keys()].sort(compareText);
    this.languagePages = this.languages.flatMap((language) =>
      paginate(byLanguage.get(language)!, size, `timeline/${language}/`).map((page) => ({ ...page, language })),
    );
    this.feedGroups = feedGroups(this);
    this.calendars = calendars(this);
  }

  /** Site path of a development's own page: derived from its id alone, so feeds and links never change. */
  developmentPath(id: string): string {
    return `developments/${id}/`;
  }

  /** Where a month ('YYYY-MM', or 'YYYY' for developments known only to the year) starts on the timeline. */
  monthPath(key: string): string | undefined {
    return this.#monthPath.get(key);
  }

  /** The developments just before and after this one in time. */
  neighbours(development: MergedDevelopment): { before?: MergedDevelopment; after?: MergedDevelopment } {
    const i = this.#position.get(development.id)!;
    return { before: this.developments[i + 1], after: this.developments[i - 1] };
  }

  /** Languages of the articles that report a development, by code. */
  languagesOf(development: MergedDevelopment): string[] {
    const languages = new Set<string>();
    for (const source of development.sources) {
      const article = this.#articles.get(source.article);
      if (article) languages.add(article.language);
    }
    return [...languages].sort(compareText);
  }

  /** A named entity, or undefined for one the developments never name. */
  entity(id: string): NamedEntity | undefined {
    return this.#entities.get(id);
  }

  /** Newest first. */
  developmentsNaming(entity: string): MergedDevelopment[] {
    return this.#naming.get(entity) ?? [];
  }

  /** The articles that report a development naming the entity, in the order of `articles`. */
  articlesNaming(entity: string): Article[] {
    const ids = new Set(this.developmentsNaming(entity).flatMap((development) => development.sources.map((source) => source.article)));
    return this.articles.filter((article) => ids.has(article.id));
  }

  /** Site path of a development on the timeline. */
  timelinePath(development: string): string {
    return `${this.#timelinePage.get(development) ?? "timeline/"}#${development}`;
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

  /** Dated newest first, then undated. */
  articlesIn(topic: string): Article[] {
    return this.#byTopic.get(topic)?.articles ?? [];
  }

  /** Newest first. */
  developmentsIn(topic: string): MergedDevelopment[] {
    return this.#byTopic.get(topic)?.developments ?? [];
  }

  /** Developments an article reports, oldest first. */
  developmentsOf(article: string): MergedDevelopment[] {
    return this.#reportedBy.get(article) ?? [];
  }
}
