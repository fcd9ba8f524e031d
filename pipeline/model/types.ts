/**
 * The stages of normalization, each a type: raw bytes are decoded into text,
 * which is read as an article's text and its corrections; the text is cleaned
 * into units, fields are extracted into a record, and the record is rendered
 * as Markdown.
 */
import type { Message } from "./messages.ts";
import type { Development, Overrides, Unresolved } from "./schema.ts";

export interface RawArticle {
  /** File name inside the raw folder, e.g. `000_e597730830ff6590.txt`. */
  name: string;
  bytes: Uint8Array;
}

export interface DecodedText {
  text: string;
  encoding: string;
  /** What an HTML page states about itself in its markup; absent for text files. */
  page?: PageFacts;
}

/** A raw file read as an article: its text without the corrections block it may open with, and those corrections. */
export interface ArticleText extends DecodedText {
  overrides: Overrides;
}

/** A value and where it was read, e.g. `og:title`, `visible byline "Von Anna Beck"`. */
export interface Fact<T> {
  value: T;
  evidence: string;
}

/** What an HTML page states about itself in markup, each field with where it came from. */
export interface PageFacts {
  title: Fact<string> | null;
  /** `evidence` says where, e.g. 'JSON-LD datePublished "2022-05-04T03:37:37+00:00"'. */
  published: Published | null;
  /** People the page names as its authors. */
  authors: Fact<string[]> | null;
  /** A desk or organisation an author field names ("Redaktion", "Example Wire"): the author when no one else is named. */
  credit: Fact<string[]> | null;
  source: string | null;
  url: string | null;
}

/** A paragraph, or a short line that is not a sentence (headline, dateline, byline, heading). */
export interface Unit {
  kind: "paragraph" | "line";
  text: string;
  /** 1-based line in the decoded text where the unit starts. */
  line: number;
  /** Index of the blank-line separated block it came from. */
  block: number;
}

export interface CleanedText {
  units: Unit[];
  removed: { line: number; text: string; rule: string }[];
  /** The headline among the units, when the page has a line that reads as one. */
  headline: Unit | null;
  /**
   * Stamp and byline lines near the headline that stand outside the article
   * (a dateline above the kicker, a byline row after a gallery), with how many
   * units above (negative) or below the headline each stood.
   */
  nearby: { unit: Unit; offset: number }[];
}

export type BodyBlock = { kind: "heading" | "paragraph"; text: string };

/** Everything extracted from one article, before it is given an id. */
export interface ArticleRecord {
  raw: string;
  raw_sha256: string;
  title: string;
  title_derived: boolean;
  published: Published | null;
  authors: string[];
  source: string | null;
  url: string | null;
  language: string;
  topics: string[];
  summary: string;
  developments: Development[];
  /** Dated events an undated article cannot place; the merge step may date them from other articles. */
  unresolved: Unresolved[];
  body: BodyBlock[];
  /** Normalized paragraph hashes, for finding the same article under other chrome. */
  fingerprint: string[];
  messages: Message[];
}

/** A publication date as an article states it, with the line it was read from. */
export interface Published { date: string /* YYYY-MM-DD */; time: string | null /* HH:mm, 24h */; zone: string | null; evidence: string /* the line text the date was read from */ }
