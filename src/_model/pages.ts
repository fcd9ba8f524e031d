/** Long lists cut into numbered pages, so no page of a large corpus grows without bound. */
import { ownsId } from "../_config/shard.ts";
import type { Shard } from "../../pipeline/model/shards.ts";

export interface Page<T> {
  /** Site path of this page: the list's own path for the first page, then '<path>2/', '<path>3/'… */
  path: string;
  /** 0-based. */
  number: number;
  /** Paths of every page of the list, first to last. */
  paths: string[];
  items: T[];
}

export function pagePath(base: string, n: number): string {
  return n === 0 ? base : `${base}${n + 1}/`;
}

/** At least one page, empty when there is nothing to list, so the list's own path always exists. */
export function paginate<T>(items: T[], size: number, base: string): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const paths = Array.from({ length: count }, (_, n) => pagePath(base, n));
  return paths.map((path, number) => ({ path, number, paths, items: items.slice(number * size, (number + 1) * size) }));
}

/**
 * Eleventy data of a template that writes one page per entry of a list of
 * pages of the `dossier` data, e.g. `paged("sourcePages", …)`: only the entries
 * the build's shard owns by the id `owner` gives them. The entry is `current`:
 * Eleventy gives every template a `page` of its own.
 */
export function paged<T>(list: string, owner: (entry: T) => string) {
  return {
    pagination: {
      data: `dossier.${list}`,
      size: 1,
      alias: "current",
      addAllPagesToCollections: false,
      before: (entries: T[], { shard }: { shard: Shard }) => entries.filter((entry) => ownsId(shard, owner(entry))),
    },
    permalink: ({ current }: { current: Page<unknown> }) => `${current.path}index.html`,
  };
}
