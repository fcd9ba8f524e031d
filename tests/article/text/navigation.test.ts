import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../../pipeline/article/normalize.ts";
import { isNavigationPath, menuEntries } from "../../../pipeline/article/text/navigation.ts";
import { sampleContext } from "../../helpers/corpus.ts";

describe("isNavigationPath", () => {
  it("knows a breadcrumb by any separator", () => {
    for (const line of ["Home > World", "Accueil / International", "Inicio » Internacional", "Startseite > Politik > Ausland", "Home | World | Asia", "News › Middle East"]) {
      expect(isNavigationPath(line)).toBe(true);
    }
  });
  it("leaves headlines alone", () => {
    for (const line of ["Qatar / Taliban: talks resume", "US and Taliban envoys hold detainee talks in Qatar", "Afghanistan » Taliban ban women from universities", "Talks 24/7", "and/or"]) {
      expect(isNavigationPath(line)).toBe(false);
    }
  });
});

describe("menuEntries", () => {
  it("lists a page's bulleted entries of one or two words, without their bullets", () => {
    const page = "Doha Courier\n\n  • Politik\n  • Kultur\n      □ Kaufratgeber\n  * Region Nord\n  • Alle Artikel aus der Region\n\nKultur ist hier ein Wort im Text.";
    expect([...menuEntries(page.split("\n"))]).toEqual(["Politik", "Kultur", "Kaufratgeber", "Region Nord"]);
  });
});

describe("a breadcrumb is never the title", () => {
  const lead = "Vertreter der Vereinigten Staaten und der Taliban sind am 14. März in Doha zu Gesprächen über Gefangene zusammengekommen. Die Delegation wurde von Thomas West geleitet.";
  const titleOf = (name: string, text: string) => normalizeArticle({ name, bytes: Buffer.from(text) }, sampleContext).record!;
  it.each([
    ["text, alone above the lead", "b.txt", `Accueil / International\n\n${lead}\n\nKatar vermittelt seit Jahren.`],
    ["text, with a date", "a.txt", `Startseite > Politik > Ausland\n\n15.03.2024\n\n${lead}`],
    ["HTML <title> and <h1>", "e.html", `<html><head><title>Accueil / International</title></head><body><h1>Accueil / International</h1><p>${lead}</p><p>${lead}</p></body></html>`],
    ["HTML og:title and <h1>", "f.html", `<html><head><meta property="og:title" content="Home > World"></head><body><h1>Home > World</h1><article><p>${lead}</p><p>${lead}</p></article></body></html>`],
  ])("%s: the title is derived from the lead instead", (_, name, text) => {
    const record = titleOf(name, text);
    expect(record.title).toMatch(/^Vertreter der Vereinigten Staaten/);
    expect(record.title_derived).toBe(true);
  });
});
