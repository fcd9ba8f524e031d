import { describe, expect, it } from "vitest";
import type { CleanedText, Unit } from "../../../pipeline/model/types.ts";
import { articleByline, extractAttribution } from "../../../pipeline/article/extract/attribution.ts";
import type { HeadUnit, Position } from "../../../pipeline/article/extract/layout.ts";

const DATELINES = new Set(["Tuesday 06/June/2023 - 07:29 PM", "Monday, 06/05/2023", "9. Oktober 2021", "7 de diciembre de 2022"]);
const isDateLine = (line: string) => DATELINES.has(line);

/** Head lines as [text, block]; lines of one block stood together on the page. */
const head = (...lines: [string, number, Position?][]): HeadUnit[] =>
  lines.map(([text, block, position = "below-title"], index) => ({ unit: { kind: "line", text, line: index + 1, block } satisfies Unit, position }));
const none: CleanedText["removed"] = [];

describe("extractAttribution", () => {
  it("reads sample 000: the author and masthead beside the dateline, the issuer above the title", () => {
    const lines = head(["Issued by CEMO Center - Paris", 0, "above-title"], ["Tuesday 06/June/2023 - 07:29 PM", 2], ["The Reference", 2], ["Mohamed Yosry", 2]);
    expect(extractAttribution(lines, none, null, { isDateLine })).toEqual({ authors: ["Mohamed Yosry"], source: "CEMO Center - Paris", desk: null });
  });

  it("prefers the outlet in the headline suffix", () => {
    const lines = head(["Issued by CEMO Center - Paris", 0, "above-title"], ["Tuesday 06/June/2023 - 07:29 PM", 2], ["The Reference", 2]);
    expect(extractAttribution(lines, none, "RT DE", { isDateLine }).source).toBe("RT DE");
  });

  it("takes the masthead beside the dateline when there is no issuer", () => {
    const lines = head(["Tuesday 06/June/2023 - 07:29 PM", 2], ["The Reference", 2], ["Mohamed Yosry", 2]);
    expect(extractAttribution(lines, none, null, { isDateLine }).source).toBe("The Reference");
  });

  it("reads a name alone in the block right above the dateline's, not the masthead there", () => {
    const lines = head(["Jane Doe", 1, "above-title"], ["The Reference", 1, "above-title"], ["9. Oktober 2021", 2, "above-title"]);
    expect(extractAttribution(lines, none, null, { isDateLine })).toEqual({ authors: ["Jane Doe"], source: null, desk: null });
    expect(extractAttribution(head(["Jane Doe", 1], ["Business", 3], ["9. Oktober 2021", 3]), none, null, { isDateLine }).authors).toEqual([]);
  });

  it("ignores a capitalised label away from any dateline", () => {
    const lines = head(["Afghanistan Update", 1], ["Jane Doe", 1]);
    expect(extractAttribution(lines, none, null, { isDateLine })).toEqual({ authors: [], source: null, desk: null });
  });

  it("reads every name in a byline with a role", () => {
    const lines = head(["By Mohamed Yosry and Jane Doe, Diplomatic Correspondent", 1]);
    expect(extractAttribution(lines, none, null, { isDateLine }).authors).toEqual(["Mohamed Yosry", "Jane Doe"]);
  });

  it("reads French, German and Spanish bylines", () => {
    expect(extractAttribution(head(["Par Jean Dupont", 1]), none, null, { isDateLine }).authors).toEqual(["Jean Dupont"]);
    expect(extractAttribution(head(["Von Anna Schmidt in Berlin", 1], ["9. Oktober 2021", 1]), none, null, { isDateLine }).authors).toEqual(["Anna Schmidt"]);
    expect(extractAttribution(head(["Por María López", 1], ["7 de diciembre de 2022", 1]), none, null, { isDateLine }).authors).toEqual(["María López"]);
  });

  it("reads a byline word alone on its line with the name on the next", () => {
    expect(extractAttribution(head(["Autor:", 3], ["Jane Doe/SP-X", 3]), none, null, { isDateLine }).authors).toEqual(["Jane Doe"]);
    expect(extractAttribution(head(["by", 1, "above-title"], ["jdoe201", 1, "above-title"]), none, null, { isDateLine }).authors).toEqual(["jdoe201"]);
    expect(extractAttribution(head(["Author", 2], ["By Tom Roth | troth@example.com", 2]), none, null, { isDateLine }).authors).toEqual(["Tom Roth"]);
  });

  it("takes no byline for the masthead, even one whose words name a place", () => {
    expect(extractAttribution(head(["By Doha Qatar", 1], ["9. Oktober 2021", 1]), none, null, { isDateLine }).source).toBeNull();
  });

  it("names no author for a staff byline", () => {
    expect(extractAttribution(head(["By Staff Writer", 1], ["Monday, 06/05/2023", 1]), none, null, { isDateLine }).authors).toEqual([]);
  });

  it("adds the reporters of a removed wire credit, not its editors", () => {
    const removed = [{ line: 40, text: "Reporting by Jane Doe; Editing by John Roe", rule: "credit:wire" }];
    expect(extractAttribution(head(["By Mohamed Yosry", 1]), removed, null, { isDateLine }).authors).toEqual(["Mohamed Yosry", "Jane Doe"]);
  });

  it("ignores names in lines removed by other rules", () => {
    const removed = [{ line: 3, text: "(Photo by Wakil Kohsar/AFP via Getty Images)", rule: "boilerplate:caption" }];
    expect(extractAttribution([], removed, null, { isDateLine }).authors).toEqual([]);
  });

  it("lists an author named twice once", () => {
    const lines = head(["By Jane Doe", 1], ["Monday, 06/05/2023", 1], ["Jane Doe", 1]);
    const removed = [{ line: 40, text: "Reporting by Jane Doe; Editing by John Roe", rule: "credit:wire" }];
    expect(extractAttribution(lines, removed, null, { isDateLine }).authors).toEqual(["Jane Doe"]);
  });

  it("finds nothing in an empty head", () => {
    expect(extractAttribution([], none, null, { isDateLine })).toEqual({ authors: [], source: null, desk: null });
  });
});

describe("extractAttribution below the headline", () => {
  it("reads a name alone in the blocks under the headline as its byline", () => {
    const lines = head(["Todd Bates", 2], ["Photo: Jane Roe", 3]);
    expect(extractAttribution(lines, none, null, { isDateLine, titleBlock: 1 }).authors).toEqual(["Todd Bates"]);
  });
  it("does not read a name far below the headline", () => {
    expect(extractAttribution(head(["Todd Bates", 9]), none, null, { isDateLine, titleBlock: 1 }).authors).toEqual([]);
  });
  it("reads the author a stamp line carries", () => {
    const besideDates = (line: string) => (line.includes("2019") ? line.replace(/\d+\.\d+\.\d+, \d+:\d+/, "") : null);
    expect(extractAttribution(head(["Bettina Kugler 19.10.2019, 05:00 Uhr", 2]), none, null, { isDateLine, besideDates }).authors).toEqual(["Bettina Kugler"]);
  });
});

describe("extractAttribution on a blog's or a desk's head", () => {
  const stamps = (line: string) => (line.includes("2022") ? line.replace(/\d{1,2}\. Januar 2022/g, "") : null);

  it("names the desk a byline or a stamp gives when it names no person", () => {
    expect(extractAttribution(head(["von Redaktion, 24. Januar 2022", 1]), none, null, { isDateLine, besideDates: stamps }).desk).toBe("Redaktion");
    expect(extractAttribution(head(["Posted on 25. Januar 2022 Author Redaktion", 1]), none, null, { isDateLine, besideDates: stamps }).desk).toBe("Redaktion");
    expect(extractAttribution(head(["Von Anna Beck und Redaktion", 1]), none, null, { isDateLine, besideDates: stamps })).toMatchObject({ authors: ["Anna Beck"], desk: null });
    // A desk's name alone, beside no date and after no byline word, may be a picture's credit.
    expect(extractAttribution(head(["Redaktion", 1]), none, null, { isDateLine, besideDates: stamps }).desk).toBeNull();
  });

  it("names the desk after a byline word that is also a date's filler", () => {
    const stamp = (line: string) => (line.includes("2022") ? line.replace(/ am \d{1,2}\. Januar 2022| vom /g, " ") : null);
    expect(extractAttribution(head(["Eingetragen am 3. Januar 2022 vom Support Team", 1]), none, null, { isDateLine, besideDates: stamp }).desk).toBe("Support Team");
  });

  it("reads a user name a blog publishes under as its writer, and an issuing body as the source", () => {
    expect(extractAttribution(head(["Veröffentlicht von HansG", 1]), none, null, { isDateLine })).toMatchObject({ authors: ["HansG"], source: null });
    expect(extractAttribution(head(["Veröffentlicht von Bundesamt für Strahlenschutz", 1]), none, null, { isDateLine })).toMatchObject({ authors: [], source: "Bundesamt für Strahlenschutz" });
  });

  it("reads a name printed right under the headline in its block, and no line after it there", () => {
    const lines = (...texts: string[]) => texts.map((text, index) => ({ unit: { kind: "line" as const, text, line: index + 2, block: 4 }, position: "below-title" as const }));
    expect(extractAttribution(lines("Yirou Chen", "24. Oktober 2018"), none, null, { isDateLine, titleBlock: 4 }).authors).toEqual(["Yirou Chen"]);
    expect(extractAttribution(lines("Teilen", "Anna Beck"), none, null, { isDateLine, titleBlock: 4 }).authors).toEqual([]);
  });
});

describe("articleByline", () => {
  const body = (...texts: string[]): Unit[] => texts.map((text, index) => ({ kind: text.length > 60 ? "paragraph" : "line", text, line: 10 + index * 2, block: index }));
  const last = "Der Kreisverband will die Fahrzeuge im kommenden Frühjahr bei einem Tag der offenen Tür zeigen.";

  it("reads the byline an article ends with, inside it or just after it", () => {
    expect(articleByline(body(last, "Text: Anna Beck"), none)).toEqual(["Anna Beck"]);
    const after: CleanedText["removed"] = [{ line: 12, text: "(wird fortgesetzt)", rule: "page:outside-article" }, { line: 14, text: "Autorin: Jane Doe, Projektleiterin in Tunis.", rule: "page:outside-article" }];
    expect(articleByline(body(last), after)).toEqual(["Jane Doe"]);
  });

  it("reads a whole name in a byline anywhere in the article when it ends with none, and no pen name there", () => {
    const gallery = body(last, "Bild 1 von 12", "Von Anna Beck", last, last, last, last);
    expect(articleByline(gallery, none)).toEqual(["Anna Beck"]);
    expect(articleByline(body(last, "Von Steffi", last, last, last, last), none)).toEqual([]);
  });

  it("reads a byline that states when it was signed wherever it stands, before the end's other bylines", () => {
    const comments = body(last, "Eingestellt von Tom um 21:11", "1 Kommentar:", last, "Datenschutz: von Google");
    expect(articleByline(comments, none)).toEqual(["Tom"]);
    expect(articleByline(body(last, "Übersetzt von Tom Roth am 3. Mai 2021", last, last, last), none)).toEqual([]);
  });

  it("takes no link to another article, no translator, no line far after the end and no line before it", () => {
    expect(articleByline(body(last, "Interview: Tom Roth"), none)).toEqual([]);
    expect(articleByline(body(last, "Übersetzt von Tom Roth"), none)).toEqual([]);
    const far: CleanedText["removed"] = ["Teilen", "Drucken", "Mehr zum Thema", "Von Tom Roth"].map((text, index) => ({ line: 12 + index, text, rule: "page:outside-article" }));
    expect(articleByline(body(last), far)).toEqual([]);
    expect(articleByline(body(last), [{ line: 2, text: "Von Tom Roth", rule: "page:outside-article" }])).toEqual([]);
  });
});
