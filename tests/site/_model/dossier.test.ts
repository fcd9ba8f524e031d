import { describe, expect, it } from "vitest";
import { Dossier } from "../../../src/_model/dossier.ts";

const paths = { corpus: "tests/fixtures/site-corpus", report: "tests/fixtures/site-corpus/report.json", site: "src/_data/site.json" };

describe("Dossier", () => {
  const dossier = new Dossier(paths, {});

  it("loads articles, topics with counts, outlets and the report", () => {
    expect(dossier.articles).toHaveLength(6);
    expect(dossier.invalid).toEqual([]);
    expect(dossier.topics.map((t) => [t.id, t.articleCount])).toEqual([
      ["qatar-mediation", 4],
      ["us-taliban-talks", 3],
      ["detainees", 2],
    ]);
    expect(dossier.outlets.map((o) => o.name)).toContain("Source not stated");
    expect(dossier.report).toHaveLength(3);
  });

  it("counts a duplicate's developments once", () => {
    expect(dossier.developments.filter((d) => d.date === "2023-05-12")).toHaveLength(1);
  });

  it("lists the developments an article reports, oldest first", () => {
    expect(dossier.developmentsOf("qatar-hosts-talks").map((d) => d.date)).toEqual(["2021-08", "2023-05", "2023-05-12"]);
  });

  it("keeps a small timeline on one page", () => {
    expect(dossier.timelinePages.map((page) => page.path)).toEqual(["timeline/"]);
    expect(dossier.timelinePath(dossier.developments[0]!.id)).toBe(`timeline/#${dossier.developments[0]!.id}`);
  });

  it("cuts a long timeline into pages and links each development to its page", () => {
    const paged = new Dossier(paths, {}, 2);
    expect(paged.timelinePages.map((page) => page.items.length)).toEqual([2, 2, 2, 1]);
    expect(paged.timelinePages[3]!.path).toBe("timeline/4/");
    const oldest = paged.developments.at(-1)!;
    expect(paged.timelinePath(oldest.id)).toBe(`timeline/4/#${oldest.id}`);
  });

  it("pages each topic's digest, newest developments first", () => {
    const paged = new Dossier(paths, {}, 2);
    const mediation = paged.digestPages.filter((page) => page.topic.id === "qatar-mediation");
    expect(paged.developmentsIn("qatar-mediation")).toHaveLength(5);
    expect(mediation.map((page) => page.path)).toEqual(["topics/qatar-mediation/", "topics/qatar-mediation/2/", "topics/qatar-mediation/3/"]);
    expect(mediation.flatMap((page) => page.items)).toEqual(paged.developmentsIn("qatar-mediation"));
    expect(mediation[0]!.items[0]!.date >= mediation[1]!.items[0]!.date).toBe(true);
  });

  it("gives a topic article pages only when its articles overflow the digest", () => {
    expect(dossier.topicArticlePages).toEqual([]);
    const paged = new Dossier(paths, {}, 2);
    expect(paged.topicArticlePages.filter((page) => page.topic.id === "qatar-mediation").map((page) => page.items.length)).toEqual([2, 2]);
    expect(paged.topicArticlePages.some((page) => page.topic.id === "detainees")).toBe(false);
  });

  it("gives every outlet its own page", () => {
    expect(dossier.sourcePages.map((page) => page.path)).toEqual(dossier.outlets.map((outlet) => `sources/${outlet.slug}/`));
    expect(dossier.sourcePages.flatMap((page) => page.items)).toHaveLength(dossier.articles.length);
  });

  it("takes its base URL from the environment", () => {
    expect(new Dossier(paths, { DOSSIER_BASE_URL: "https://example.github.io/dossier/" }).site.pathPrefix).toBe("/dossier/");
  });
});
