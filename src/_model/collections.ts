/** Pure shaping of the corpus into what pages list. */
import { compareText } from "../../pipeline/model/compare.ts";
import type { MergedDevelopment } from "../../pipeline/model/developments.ts";
import { boundedSlug } from "../../pipeline/model/slug.ts";
import type { Topic } from "../../pipeline/model/taxonomy.ts";
import type { Article } from "./articles.ts";
import { readableDate } from "./dates.ts";

/** Adds to a map of lists in place: copying the list on every add costs the square of its length. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Dated articles newest first, then undated ones by title. */
export function sortArticles(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => {
    if (a.published && b.published) return compareText(b.published, a.published) || compareText(a.id, b.id);
    if (a.published || b.published) return a.published ? -1 : 1;
    return a.title.localeCompare(b.title, "en") || compareText(a.id, b.id);
  });
}

/** 'YYYY-MM', or 'YYYY' for a development known only to the year. */
export function periodKey(date: string): string {
  return date.slice(0, 7);
}

/** The id of a period's heading on the timeline, which the month chart links to. */
export function periodAnchor(key: string): string {
  return `m-${key}`;
}

export interface Period {
  /** 'YYYY' for developments known only to the year, else 'YYYY-MM'. */
  key: string;
  label: string;
  developments: MergedDevelopment[];
}

/**
 * Oldest first by default, so a digest reads as a story; a year's
 * undated-month items open that year. Newest first for the timeline.
 */
export function groupByPeriod(developments: MergedDevelopment[], order: "oldest" | "newest" = "oldest"): Period[] {
  const periods = new Map<string, MergedDevelopment[]>();
  const sign = order === "oldest" ? 1 : -1;
  const chronological = [...developments].sort((a, b) => sign * (compareText(a.date, b.date) || compareText(a.id, b.id)));
  for (const development of chronological) {
    append(periods, periodKey(development.date), development);
  }
  return [...periods].map(([key, items]) => ({
    key,
    label: key.length === 4 ? `${key} (month not stated)` : readableDate(key),
    developments: items,
  }));
}

export interface TopicSummary extends Topic {
  articleCount: number;
  developmentCount: number;
}

export function summarizeTopics(topics: Topic[], articles: Article[], developments: MergedDevelopment[]): TopicSummary[] {
  return topics.map((topic) => ({
    ...topic,
    articleCount: articles.filter((article) => article.topics.includes(topic.id)).length,
    developmentCount: developments.filter((development) => development.topics.includes(topic.id)).length,
  }));
}

export interface Outlet {
  name: string;
  /** Its page: 'sources/<slug>/'. */
  slug: string;
  articles: Article[];
}

export const UNKNOWN_SOURCE = "Source not stated";

export function slugify(text: string): string {
  const slug = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return slug || "source";
}

/** Outlets by name, the unnamed one last, each with its articles (already sorted). */
export function groupBySource(articles: Article[]): Outlet[] {
  const outlets = new Map<string, Article[]>();
  for (const article of articles) {
    const name = article.source ?? UNKNOWN_SOURCE;
    append(outlets, name, article);
  }
  const used = new Set<string>();
  return [...outlets]
    .sort(([a], [b]) => Number(a === UNKNOWN_SOURCE) - Number(b === UNKNOWN_SOURCE) || a.localeCompare(b, "en"))
    .map(([name, items]) => {
      // Bounded, as it becomes a folder name: a long name would stop the build.
      let slug = boundedSlug(slugify(name));
      for (let n = 2; used.has(slug); n++) slug = boundedSlug(`${slugify(name)}-${n}`);
      used.add(slug);
      return { name, slug, articles: items };
    });
}

export interface YearCount {
  year: string;
  count: number;
}

/**
 * Developments per year over the last `years` years that have any, every year
 * present (zeros included) so the chart does not lie; older years are summed
 * into one "earlier" entry.
 */
export function activityByYear(developments: MergedDevelopment[], years = Infinity): YearCount[] {
  const counts = new Map<number, number>();
  for (const development of developments) {
    const year = Number(development.date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const last = Math.max(...counts.keys());
  const first = Math.max(Math.min(...counts.keys()), last - years + 1);
  const span: YearCount[] = [];
  const earlier = [...counts].filter(([year]) => year < first).reduce((sum, [, n]) => sum + n, 0);
  if (earlier) span.push({ year: `before ${first}`, count: earlier });
  for (let year = first; year <= last; year++) span.push({ year: String(year), count: counts.get(year) ?? 0 });
  return span;
}

export interface MonthCount {
  /** 'YYYY-MM'. */
  month: string;
  count: number;
}

/**
 * Developments per month from the first month to the last, every month
 * present (zeros included) so gaps show; developments known only to the year
 * have no month and are left out.
 */
export function activityByMonth(developments: MergedDevelopment[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const development of developments) {
    if (development.date.length < 7) continue;
    const month = periodKey(development.date);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort(compareText);
  const [first, last] = [months[0]!, months.at(-1)!];
  const span: MonthCount[] = [];
  for (let year = Number(first.slice(0, 4)), month = Number(first.slice(5)); ; month === 12 ? (year++, (month = 1)) : month++) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    span.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) return span;
  }
}
