import { describe, expect, it } from "vitest";
import { Dossier } from "../../../src/_config/dossier.ts";

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
    expect(dossier.timelinePages).toHaveLength(1);
    expect(dossier.timelinePath(dossier.developments[0]!.id)).toBe(`timeline/#${dossier.developments[0]!.id}`);
  });

  it("cuts a long timeline into pages and links each development to its page", () => {
    const paged = new Dossier(paths, {}, 2);
    expect(paged.timelinePages.map((page) => page.length)).toEqual([2, 2, 2, 1]);
    const oldest = paged.developments.at(-1)!;
    expect(paged.timelinePath(oldest.id)).toBe(`timeline/4/#${oldest.id}`);
  });

  it("takes its base URL from the environment", () => {
    expect(new Dossier(paths, { DOSSIER_BASE_URL: "https://example.github.io/dossier/" }).site.pathPrefix).toBe("/dossier/");
  });
});
