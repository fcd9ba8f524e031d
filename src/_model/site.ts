/**
 * Site metadata comes from `src/_data/site.json`; the base URL can be
 * overridden by `DOSSIER_BASE_URL` so a project site served under
 * `/<repo>/` gets the right links and feed URLs.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseJson } from "../../pipeline/model/config.ts";

const siteMetaSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  author: z.string().min(1),
  language: z.string().min(2),
  url: z.url(),
  /** Developments or articles per page of a long list (timeline, digests, sources). */
  page_size: z.number().int().min(1).default(100),
  /** Items per feed, newest first: the whole history is on the timeline and in /developments.json. */
  feed_items: z.number().int().min(1).default(100),
  /** A build of more articles than this runs as shards of at most this many, one after another, so its memory stays that of a shard. */
  shard_articles: z.number().int().min(1).default(2500),
});

export type SiteMeta = z.output<typeof siteMetaSchema>;

export interface Site extends SiteMeta {
  /** Absolute base URL, always ending in '/'. */
  url: string;
  /** Path part of the base URL, '/' or '/<repo>/'. */
  pathPrefix: string;
}

export function resolveSite(meta: SiteMeta, baseUrl: string | undefined): Site {
  const url = new URL(baseUrl || meta.url);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return { ...meta, url: url.href, pathPrefix: url.pathname };
}

export function loadSite(file: string, env: NodeJS.ProcessEnv): Site {
  return resolveSite(parseJson(readFileSync(file, "utf8"), file, siteMetaSchema, "site"), env.DOSSIER_BASE_URL);
}

/** Root-relative link to a site path such as 'topics/' (no leading slash). */
export function linkTo(site: Site, path: string): string {
  return site.pathPrefix + path.replace(/^\//, "");
}

/** Absolute URL for feeds and canonical links. */
export function absoluteUrl(site: Site, path: string): string {
  return new URL(path.replace(/^\//, ""), site.url).href;
}
