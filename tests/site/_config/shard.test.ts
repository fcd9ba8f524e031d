import { describe, expect, it } from "vitest";
import { mergeManifests, shardManifest } from "../../../src/_config/manifest.ts";
import { ownsId, ownsShared, searchBundles, WHOLE } from "../../../src/_config/shard.ts";
import { allShards, parseShard, shardCount, shardOf } from "../../../pipeline/model/shards.ts";

describe("shards", () => {
  it("read i/n and refuse anything else, naming where it came from", () => {
    expect(parseShard("2/3", "--shard")).toEqual({ index: 2, count: 3 });
    expect(parseShard(" 1/1 ", "--shard")).toEqual(WHOLE);
    for (const bad of ["0/3", "4/3", "1/0", "3", "a/b", "1/2/3", ""]) expect(() => parseShard(bad, "DOSSIER_SHARD")).toThrow(/^DOSSIER_SHARD: wants i\/n/);
  });

  it("give every id to exactly one shard, the same on every call, and spread them", () => {
    const ids = Array.from({ length: 300 }, (_, i) => `article-${i}`);
    const shards = allShards(3);
    for (const id of ids) expect(shards.filter((shard) => ownsId(shard, id))).toHaveLength(1);
    for (const id of ids) expect(shardOf(id, 3)).toBe(shardOf(id, 3));
    const sizes = shards.map((shard) => ids.filter((id) => ownsId(shard, id)).length);
    for (const size of sizes) expect(size).toBeGreaterThan(60);
    expect(ids.every((id) => ownsId(WHOLE, id))).toBe(true);
  });

  it("leave the shared pages to the first shard", () => {
    expect(allShards(3).map(ownsShared)).toEqual([true, false, false]);
  });

  it("are as many as the corpus needs at the site's shard size, and as many search indexes", () => {
    expect([0, 1, 5000, 5001, 10000, 100000].map((n) => shardCount(n, 5000))).toEqual([1, 1, 1, 2, 2, 20]);
    expect(searchBundles(1)).toEqual(["pagefind/"]);
    expect(searchBundles(3)).toEqual(["pagefind/1/", "pagefind/2/", "pagefind/3/"]);
  });
});

describe("manifests", () => {
  const one = shardManifest({ index: 1, count: 2 }, { "index.html": "a", "articles/x/index.html": "b" });
  const two = shardManifest({ index: 2, count: 2 }, { "articles/y/index.html": "c" });

  it("list files by path", () => {
    expect(Object.keys(one.files)).toEqual(["articles/x/index.html", "index.html"]);
  });

  it("merge into every file of the union when every shard is there once and none overlap", () => {
    expect(mergeManifests([two, one])).toEqual({ files: { "articles/x/index.html": "b", "articles/y/index.html": "c", "index.html": "a" }, problems: [] });
  });

  it("name a missing shard, a file two shards wrote, and shards of different builds", () => {
    expect(mergeManifests([one]).problems).toEqual(["shard 2/2 is missing"]);
    expect(mergeManifests([one, shardManifest({ index: 2, count: 2 }, { "index.html": "a" })]).problems).toEqual(["index.html is written by shards 1/2 and 2/2"]);
    expect(mergeManifests([one, two, shardManifest({ index: 1, count: 3 }, {})]).problems).toContain("manifests of builds in different numbers of shards: 2, 3");
    expect(mergeManifests([]).problems).toEqual(["no shard manifests"]);
  });
});
