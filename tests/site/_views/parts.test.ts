import { describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../../pipeline/model/developments.ts";
import { Dossier } from "../../../src/_model/dossier.ts";
import { paginate } from "../../../src/_model/pages.ts";
import { count, dateTag, developmentItem, LISTED_SOURCES, pageCount, pager, pageTitle, sourceLinks } from "../../../src/_views/parts.ts";
import { all, texts } from "../html.ts";

const dossier = new Dossier({ corpus: "tests/fixtures/site-corpus", report: "none.json", site: "src/_data/site.json" }, {});

const development: MergedDevelopment = {
  id: "dev-0123456789abcdef",
  date: "2023-05-12",
  precision: "day",
  text: "Qatar's foreign minister met the Taliban leader in Kandahar.",
  topics: ["qatar-mediation"],
  background: false,
  date_from: "qatar-hosts-talks",
  entities: [],
  sources: [
    { article: "qatar-hosts-talks", title: "Meeting in Kandahar", source: "The Reference", url: null, text: "Qatar's foreign minister met the Taliban leader in Kandahar." },
    { article: "wasata-qatariya", title: "لقاء في قندهار", source: null, url: null, text: "التقى وزير الخارجية القطري زعيم طالبان." },
  ],
};

describe("developmentItem", () => {
  it("links the entities it names that the corpus names, and none it does not", () => {
    const named = developmentItem(dossier, { ...development, entities: ["kandahar", "tamim-bin-hamad-al-thani"] }, { withNames: true }).value;
    expect(all(named, "a").filter((a) => a.attribs.href?.startsWith("/entities/")).map((a) => a.attribs.href)).toEqual(["/entities/kandahar/"]);
  });

  const markup = developmentItem(dossier, development, { withTopics: true, anchor: true }).value;

  it("links its own page, every source of a merged development and its topics", () => {
    expect(texts(markup, "a")).toEqual(["12 May 2023", "Meeting in Kandahar", "لقاء في قندهار", "Qatar's mediation"]);
    expect(all(markup, "a")[0]!.attribs.href).toBe("/developments/dev-0123456789abcdef/");
  });
  it("quotes a source's own wording only where it differs", () => {
    expect(texts(markup, "q")).toEqual(["التقى وزير الخارجية القطري زعيم طالبان."]);
  });
  it("anchors the item by its development id", () => expect(markup).toContain('id="dev-0123456789abcdef"'));
});

describe("dateTag", () => {
  it("gives a machine-readable date at its precision", () => expect(dateTag("2023-05").value).toBe('<time datetime="2023-05">May 2023</time>'));
  it("says Undated for no date", () => expect(dateTag(null).value).toContain("Undated"));
  it("shows both ends of a range", () => expect(texts(dateTag("2022-06-29", "2022-06-30").value, "time")).toEqual(["29 June 2022", "30 June 2022"]));
});

describe("count", () => {
  it("uses the singular for one", () => expect(count(1, "article")).toBe("1 article"));
  it("uses the plural otherwise", () => expect(count(0, "article")).toBe("0 articles"));
  it("puts only the last word in the plural", () => expect(count(2, "dated development")).toBe("2 dated developments"));
});

describe("pager", () => {
  const pages = paginate(Array.from({ length: 20 }, (_, i) => i), 1, "timeline/");
  const labels = (n: number) => texts(`<div>${pager(dossier, pages[n]!, "Timeline pages").value}</div>`, "li");

  it("shows nothing for a list that fits on one page", () => expect(pager(dossier, paginate([1], 10, "timeline/")[0]!, "x").value).toBe(""));
  it("links the first and last pages and two on each side of this one, with gaps", () => {
    expect(labels(9)).toEqual(["1 (newest)", "…", "8", "9", "10", "11", "12", "…", "20"]);
    expect(labels(0)).toEqual(["1 (newest)", "2", "3", "…", "20"]);
  });
  it("marks the current page and links under the site's path", () => {
    const markup = pager(dossier, pages[1]!, "Timeline pages").value;
    expect(markup).toContain('<a href="/timeline/2/" aria-current="page">2</a>');
    expect(markup).toContain('aria-label="Timeline pages"');
  });
});

describe("pageCount", () => {
  const pages = paginate([1, 2, 3], 1, "timeline/");
  it("says nothing on the first page", () => expect(pageCount(pages[0]!).value).toBe(""));
  it("says which page of how many", () => expect(texts(`<h1>${pageCount(pages[2]!).value}</h1>`, "span")).toEqual(["page 3 of 3"]));
});

describe("pageTitle", () => {
  const pages = paginate([1, 2, 3], 1, "timeline/");
  it("is the list's name on the first page", () => expect(pageTitle("Timeline", pages[0]!)).toBe("Timeline"));
  it("numbers the later pages from one", () => expect(pageTitle("Timeline", pages[2]!)).toBe("Timeline, page 3"));
});

describe("sourceLinks", () => {
  const many = (n: number): MergedDevelopment => ({
    ...development,
    sources: Array.from({ length: n }, (_, i) => ({ article: `a${i}`, title: `Report ${i}`, source: null, url: null, text: development.text })),
  });
  it("lists every source of a development reported a few times", () => {
    expect(texts(sourceLinks(dossier, many(LISTED_SOURCES)).value, "li")).toHaveLength(LISTED_SOURCES);
  });
  it("lists the first reports of a widely reported development and counts the rest", () => {
    const items = texts(sourceLinks(dossier, many(LISTED_SOURCES + 25)).value, "li");
    expect(items).toHaveLength(LISTED_SOURCES + 1);
    expect(items[0]).toBe("Report 0");
    expect(items.at(-1)).toBe("and 25 more sources");
  });
});
