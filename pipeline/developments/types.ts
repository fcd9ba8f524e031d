import type { DateString, Precision } from "../core/dates.ts";

/** One article that reports a development. */
export interface DevelopmentSource {
  article: string;
  title: string;
  source: string | null;
  url: string | null;
  /** The sentence as this article words it. */
  text: string;
  /** Set when this article could not date the event itself ("le 12 mai", no year): the article whose date it took. */
  date_from?: string;
}

/** A dated event with every article that reports it: what feeds, digests and the timeline show. */
export interface MergedDevelopment {
  /** Opaque and stable: survives new sources, rewording and rebuilds; the feed GUID. */
  id: string;
  date: DateString;
  precision: Precision;
  end?: DateString;
  text: string;
  topics: string[];
  background: boolean;
  sources: DevelopmentSource[];
  /** The article whose sentence gives `date`. */
  date_from: string;
  /** Ids from `corpus/entities.yaml` named by any source, in order of first mention. */
  entities: string[];
}
