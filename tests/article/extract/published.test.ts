import { describe, expect, it } from "vitest";
import { extractPublished, type HeadLine } from "../../../pipeline/article/extract/published.ts";

/** The file the messages name. */
const FILE = "article.txt";

const below = (text: string): HeadLine => ({ text, position: "below-title" });
const above = (text: string): HeadLine => ({ text, position: "above-title" });
const rules = (result: { messages: { rule: string }[] }) => result.messages.map((m) => m.rule);

describe("formats", () => {
  it("reads a weekday, a month name between slashes and a 12-hour time (sample 000)", () => {
    const result = extractPublished(FILE, [above("Issued by CEMO Center - Paris"), above("ad a b"), below("Tuesday 06/June/2023 - 07:29 PM"), below("The Reference"), below("Mohamed Yosry")], "en");
    expect(result).toEqual({ value: { date: "2023-06-06", time: "19:29", zone: null, evidence: "Tuesday 06/June/2023 - 07:29 PM" }, messages: [] });
  });
  it("reads a dotted day and a 24-hour time (sample 003)", () => {
    expect(extractPublished(FILE, [below("October 9. 2021 13:24")], "en").value).toMatchObject({ date: "2021-10-09", time: "13:24" });
  });
  it("reads a French date with its weekday", () => {
    expect(extractPublished(FILE, [below("Publié le mercredi 7 décembre 2022")], "fr").value).toMatchObject({ date: "2022-12-07", time: null });
  });
  it("reads a German date with 'Uhr'", () => {
    expect(extractPublished(FILE, [below("Veröffentlicht am 19.02.2024, 14:35 Uhr")], "de").value).toMatchObject({ date: "2024-02-19", time: "14:35", zone: null });
  });
  it("reads a Spanish date after a place name", () => {
    expect(extractPublished(FILE, [below("Madrid, 5 de junio de 2023")], "es").value).toMatchObject({ date: "2023-06-05" });
  });
  it("keeps a US time with its zone as printed", () => {
    expect(extractPublished(FILE, [below("Dec. 7, 2022, 6:45 p.m. ET")], "en").value).toMatchObject({ date: "2022-12-07", time: "18:45", zone: "America/New_York" });
  });
  it("reads ISO timestamps without shifting them", () => {
    expect(extractPublished(FILE, [below("Published: 2023-06-05T23:30:00Z")], "en").value).toMatchObject({ date: "2023-06-05", time: "23:30", zone: "UTC" });
    expect(extractPublished(FILE, [below("2023-06-05T01:00:00+03:00")], "en").value).toMatchObject({ date: "2023-06-05", time: "01:00", zone: "+03:00" });
  });
  it("reads the date of a byline line", () => {
    expect(extractPublished(FILE, [below("By Jane Doe | June 5, 2023")], "en").value).toMatchObject({ date: "2023-06-05", evidence: "By Jane Doe | June 5, 2023" });
  });
  it("ignores a date in a sentence of the standfirst", () => {
    expect(extractPublished(FILE, [below("According to Reuters, the meeting took place on May 12, 2023 in Kandahar between the two leaders.")], "en").value).toBeNull();
  });
});

describe("stamps of real pages", () => {
  const body = (text: string, distance: number): HeadLine => ({ text, position: "body", distance });
  it("reads a byline stamp after the standfirst, name and time beside the date", () => {
    expect(extractPublished(FILE, [body("Ralph Steiner/Carlo Natter 07.11.2023, 10.55 Uhr", 2)], "de").value).toMatchObject({ date: "2023-11-07" });
    expect(extractPublished(FILE, [body("06.11.2023, 15:20 Uhr • 2 Min. Lesezeit", 3)], "de").value?.date).toBe("2023-11-06");
  });
  it("takes the stamp nearest the headline", () => {
    const lines = [{ ...below("3. November 2023"), distance: 1 }, body("Aktualisiert am 5. November 2023", 4), body("2. November 2023 Jane Doe", 6)];
    expect(extractPublished(FILE, lines, "de").value?.date).toBe("2023-11-03");
  });
  it("never takes an embedded post's date", () => {
    expect(extractPublished(FILE, [body("— The Economist (@TheEconomist) November 6, 2023", 3)], "en").value).toBeNull();
    expect(extractPublished(FILE, [body("Ein Beitrag geteilt von Jane Doe am Jun 17, 2019", 3)], "de").value).toBeNull();
  });
  it("never takes an event's or a rule's date", () => {
    expect(extractPublished(FILE, [below("Termin: 21.02.2020, 19 Uhr")], "de").value).toBeNull();
    expect(extractPublished(FILE, [below("(Unverändert gültig seit: 05.11.2021)")], "de").value).toBeNull();
  });
  it("does not take a short sentence's date, nor a deadline's or a release's", () => {
    expect(extractPublished(FILE, [below("Bis 25. November 2019 könnt ihr es noch unterstützen.")], "de").value).toBeNull();
    expect(extractPublished(FILE, [below("Erscheinungsdatum: 14.08.2017")], "de").value).toBeNull();
  });
  it("knows an update label after a word or two", () => {
    const lines = [below("Article mis à jour le 7 janvier 2020."), below("12 décembre 2019")];
    expect(extractPublished(FILE, lines, "fr").value?.date).toBe("2019-12-12");
  });
  it("does not read the date in an image's file name", () => {
    expect(extractPublished(FILE, [below("[Bildschirmfoto-2023-11-01-um-20] Leser kaufen bei Lesern")], "de").value).toBeNull();
  });
  it("reads a stamp in Italian, Portuguese, Dutch and Russian", () => {
    expect(extractPublished(FILE, [below("Pubblicato il 5 gennaio 2023")], "it").value?.date).toBe("2023-01-05");
    expect(extractPublished(FILE, [below("5 de janeiro de 2023")], "pt").value?.date).toBe("2023-01-05");
    expect(extractPublished(FILE, [below("Gepubliceerd op 5 januari 2023")], "nl").value?.date).toBe("2023-01-05");
    expect(extractPublished(FILE, [below("5 января 2023")], "ru").value?.date).toBe("2023-01-05");
  });
  it("reads a German numeric date day first and leaves an English one undecided", () => {
    expect(extractPublished(FILE, [below("02/11/2023")], "de").value?.date).toBe("2023-11-02");
    expect(extractPublished(FILE, [below("02/11/2023")], "en")).toMatchObject({ value: null, messages: [{ rule: "date:ambiguous" }] });
  });
});

describe("choosing among candidates", () => {
  it("prefers Published over Updated, whatever their order", () => {
    const lines = [below("Updated Dec. 8, 2022, 9:00 a.m. ET"), below("Published Dec. 7, 2022, 6:45 p.m. ET")];
    expect(extractPublished(FILE, lines, "en").value?.date).toBe("2022-12-07");
    expect(extractPublished(FILE, [below("Aktualisiert am 20.02.2024"), below("Veröffentlicht am 19.02.2024")], "de").value?.date).toBe("2024-02-19");
    expect(extractPublished(FILE, [below("Actualizado: 6 de junio de 2023"), below("Publicado: 5 de junio de 2023")], "es").value?.date).toBe("2023-06-05");
  });
  it("takes an Updated date when it is the only one", () => {
    expect(extractPublished(FILE, [below("Mis à jour le 8 décembre 2022 à 10h15")], "fr").value).toMatchObject({ date: "2022-12-08", time: "10:15" });
  });
  it("keeps the dateline under the headline over a capture date above it (sample 003)", () => {
    const result = extractPublished(FILE, [above("July 27, 2024"), below("Talks between the US and Taliban delegations are scheduled in Doha – RT DE"), below("October 9. 2021 13:24")], "en");
    expect(result.value?.date).toBe("2021-10-09");
    expect(rules(result)).toEqual(["date:republished"]);
  });
  it("says nothing about a date above the headline that agrees", () => {
    expect(rules(extractPublished(FILE, [above("June 5, 2023"), below("Monday, 06/05/2023")], "en"))).toEqual([]);
  });
  it("reads a labelled line from the body", () => {
    expect(extractPublished(FILE, [{ text: "Publié le 12 mai 2023", position: "body" }], "fr").value?.date).toBe("2023-05-12");
  });
});

describe("day and month order", () => {
  it("lets the weekday choose mm/dd (sample 001)", () => {
    expect(extractPublished(FILE, [below("Monday, 06/05/2023")], "en").value?.date).toBe("2023-06-05");
  });
  it("lets the weekday choose dd/mm", () => {
    expect(extractPublished(FILE, [below("samedi 06/05/2023")], "fr").value?.date).toBe("2023-05-06");
  });
  it("does not guess without a weekday", () => {
    const result = extractPublished(FILE, [below("06/05/2023")], "en");
    expect(result.value).toBeNull();
    expect(rules(result)).toEqual(["date:ambiguous"]);
  });
  it("takes the only real reading", () => {
    expect(extractPublished(FILE, [below("13/05/2023")], "en").value?.date).toBe("2023-05-13");
  });
});

describe("weekday mismatch", () => {
  it("warns and prefers a candidate whose weekday fits", () => {
    const result = extractPublished(FILE, [below("Sunday, June 5, 2023"), below("Updated June 6, 2023")], "en");
    expect(result.value?.date).toBe("2023-06-06");
    expect(rules(result)).toEqual(["date:weekday-mismatch"]);
  });
  it("keeps a lone date with a wrong weekday, with the warning", () => {
    const result = extractPublished(FILE, [below("Sonntag, 19.02.2024")], "de");
    expect(result.value?.date).toBe("2024-02-19");
    expect(rules(result)).toEqual(["date:weekday-mismatch"]);
  });
});

describe("no date", () => {
  it("reports a relative stamp as unanchored", () => {
    for (const [line, language] of [["3 days ago", "en"], ["hier", "fr"], ["vor 3 Tagen", "de"], ["ayer", "es"]] as const) {
      const result = extractPublished(FILE, [below(line)], language);
      expect(result.value).toBeNull();
      expect(rules(result)).toEqual(["date:unanchored"]);
    }
  });
  it("reports a missing date (sample 002)", () => {
    const result = extractPublished(FILE, [below("Afghanistan Update")], "en");
    expect(result).toEqual({ value: null, messages: [expect.objectContaining({ rule: "date:missing", fatal: false })] });
  });
  it("does not take a month without a day for a publication date", () => {
    expect(extractPublished(FILE, [below("June 2023")], "en").value).toBeNull();
  });
});
