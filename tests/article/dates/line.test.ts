import { describe, expect, it } from "vitest";
import { besideDates, datesIn, isDateLine, isStampShaped, labelOf, leadingStamp, wordsBesideDates } from "../../../pipeline/article/dates/line.ts";
import { findDates } from "../../../pipeline/article/dates/scan.ts";

describe("isDateLine", () => {
  it.each([
    "Tuesday 06/June/2023 - 07:29 PM",
    "Monday, 06/05/2023",
    "October 9. 2021 13:24",
    "July 27, 2024",
    "Publié le mercredi 7 décembre 2022",
    "Mis à jour le 8 décembre 2022 à 10h15",
    "Veröffentlicht am 19.02.2024, 14:35 Uhr",
    "Aktualisiert: 20.02.2024",
    "Publicado el 5 de junio de 2023",
    "Actualizado: 6 de junio de 2023",
    "Updated Dec. 7, 2022, 6:45 p.m. ET",
    "Published: 2023-06-05T10:00:00Z",
    "Sunday, 5th of June 2023",
    "3 days ago",
    "Stand: 20. April 2020, 14:57 Uhr",
    "Updated: Nov 8, 2023 / 04:43 PM CST",
    "le mercredi 7 décembre 2022 à 18h30",
  ])("is true for the stamp '%s'", (line) => {
    expect(isDateLine(line)).toBe(true);
  });
  it.each([
    "The Reference",
    "Issued by CEMO Center - Paris",
    "AITV News Special Events - G4 (2023)",
    "Doha meeting",
    "According to Reuters, the meeting took place on May 12 in Kandahar.",
    "By Jane Doe | June 5, 2023",
    "Observers said the February 2020 agreement remains the main obstacle to",
    "in 2022 to discuss al Qaeda.",
  ])("is false for '%s'", (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe("labelOf", () => {
  it("tells a publication label from an update label", () => {
    expect(labelOf("Published: June 5, 2023").label).toBe("published");
    expect(labelOf("Mis à jour le 8 décembre 2022").label).toBe("updated");
    expect(labelOf("June 5, 2023").label).toBeNull();
  });
  it("does not take the start of a word for a label", () => {
    expect(labelOf("Publishers met on June 5, 2023").label).toBeNull();
  });
});

describe("datesIn", () => {
  it("keeps the patterns' reading of a text they read whole", () => {
    expect(datesIn("Thursday, 08/12/2022")).toEqual(findDates("Thursday, 08/12/2022"));
  });
  it("takes chrono's reading where it reads more of the text", () => {
    expect(datesIn("5th of June 2023").map((mention) => mention.text)).toEqual(["5th of June 2023"]);
  });
  it("keeps both readings of a numeric date chrono would read by its own locale", () => {
    const [mention] = datesIn("Kompas.com - 02/11/2023, 21:34 WIB");
    expect(mention?.when).toEqual({ kind: "absolute", readings: [{ year: 2023, month: 11, day: 2 }, { year: 2023, month: 2, day: 11 }] });
  });
});

describe("besideDates", () => {
  it("drops a stamp's fillers, but not a particle inside a name", () => {
    expect(besideDates("Par Loïc Le Clerc | 30 septembre 2018")).toBe("Par Loïc Le Clerc |  ");
    expect(besideDates("Le 3 mai 2022 Anna Beck")?.trim()).toBe("Anna Beck");
  });

  it("keeps the words before a stamp's label", () => {
    expect(besideDates("Jane Doe Zuletzt geändert am 06.11.2023")?.trim()).toBe("Jane Doe");
    expect(besideDates("Veröffentlicht am 3. Mai 2021")?.trim()).toBe("");
  });
});

describe("wordsBesideDates", () => {
  it("counts the words a stamp has beside its date", () => {
    expect(wordsBesideDates("4.02.2022 par Bob Fischer")).toBe(3);
    expect(wordsBesideDates("Veröffentlicht am 19.02.2024, 14:35 Uhr")).toBe(0);
  });
  it("is null for a line without a date", () => {
    expect(wordsBesideDates("Qatar hosts the talks")).toBeNull();
  });
});

describe("numeric dates of real pages", () => {
  const readings = (text: string) => datesIn(text).map((mention) => mention.when);
  it("reads no year 1912 in a two-digit year glued to a time", () => {
    expect(datesIn("macbacchi28.09.1912:44")).toEqual([]);
    expect(datesIn("Kommentar von anna16.10.1908:49", "de")).toEqual([]);
  });
  it("reads a dotted date with a space after each dot", () => {
    expect(readings("18. 05. 2014 22:38")).toEqual([{ kind: "absolute", readings: [{ year: 2014, month: 5, day: 18 }] }]);
  });
  it("reads a dotted date month first only when day first is no date", () => {
    expect(readings("01.21.2020 07:00 AM")).toEqual([{ kind: "absolute", readings: [{ year: 2020, month: 1, day: 21 }] }]);
    expect(readings("01.11.2020")).toEqual([{ kind: "absolute", readings: [{ year: 2020, month: 11, day: 1 }] }]);
  });
});

describe("leadingStamp", () => {
  it.each([
    ["01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr gestartet“, sagte die Vorsitzende.", "01.02.2022"],
    ["Red. / 31.10.2023 Die ehemalige Kolonie steht vor der Wahl.", "Red. / 31.10.2023"],
    ["31. Oktober 2023. Dragqueens sind Kunstfiguren aus Make-up und Glitter.", "31. Oktober 2023"],
  ])("reads the dateline run into '%s'", (paragraph, stamp) => {
    expect(leadingStamp(paragraph)).toBe(stamp);
  });
  it("does not take a sentence's date for a dateline", () => {
    expect(leadingStamp("31. Oktober 2023 war ein Tag, den in Bern niemand vergessen wird.")).toBeNull();
    expect(leadingStamp("Am 31. Oktober 2023 trafen sich die Gesandten in Doha.")).toBeNull();
  });
});

describe("isStampShaped", () => {
  it.each(["Veröffentlicht am Fr, 24. Januar 2020, 18:18 von Creeny", "05.02.2020 - Redaktion: Eberhard Fuhr", "Last edited by a moderator Oct 6, 2020", "Jane Doe, Doha bureau 14 March 2024 10:27"])("reads %j as a stamp", (line) => {
    expect(isStampShaped(line)).toBe(true);
  });

  it.each(["Ich las, sah, hörte: Medien im Oktober 2016", "Despite everything, Afghan exports rose in 2023", "Bericht zur Lage vom 22.04.2020 – worauf wartet die Politik?"])("reads %j as a headline that mentions a date", (line) => {
    expect(isStampShaped(line)).toBe(false);
  });
});
