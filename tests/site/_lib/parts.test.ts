import { describe, expect, it } from "vitest";
import type { MergedDevelopment } from "../../../pipeline/developments/types.ts";
import { Dossier } from "../../../src/_config/dossier.ts";
import { count, dateTag, developmentItem } from "../../../src/_lib/parts.ts";
import { texts } from "../html.ts";

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
  const markup = developmentItem(dossier, development, { withTopics: true, anchor: true }).value;

  it("links every source of a merged development", () => {
    expect(texts(markup, "a")).toEqual(["Meeting in Kandahar", "لقاء في قندهار", "Qatar's mediation"]);
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
