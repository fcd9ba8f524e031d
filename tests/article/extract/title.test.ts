import { describe, expect, it } from "vitest";
import { deriveTitle, numberedTrailEnd, pathTrailEnd, tidyTitle, titleOfComments, withoutGluedKicker } from "../../../pipeline/article/extract/title.ts";

describe("tidyTitle", () => {
  const BODY = "A US delegation wants to meet with high-ranking Taliban representatives in Doha, the Qatari capital. The Taliban envoy met the US delegation on Saturday.";

  it("puts an ALL-CAPS headline in sentence case with the article's own spellings", () => {
    expect(tidyTitle("TALIBAN MEET US ENVOY IN DOHA", BODY)).toBe("Taliban meet US envoy in Doha");
  });

  it("collapses white space left by a headline wrapped over two lines", () => {
    expect(tidyTitle("  Significance of meeting between Qatari FM and\n   Taliban leader in Kandahar ", BODY)).toBe(
      "Significance of meeting between Qatari FM and Taliban leader in Kandahar",
    );
  });

  it("drops the space before a comma that joining a heading's two spans leaves, and keeps the French space before a colon", () => {
    expect(tidyTitle("Doha , Qatar", BODY)).toBe("Doha, Qatar");
    expect(tidyTitle("Doha : les talibans reviennent", BODY)).toBe("Doha : les talibans reviennent");
  });

  it("keeps a mixed-case headline as written", () => {
    expect(tidyTitle("What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?", BODY)).toBe(
      "What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?",
    );
  });

  it("keeps a short acronym headline in capitals", () => {
    expect(tidyTitle("US AND UN", BODY)).toBe("US AND UN");
  });
});

describe("deriveTitle", () => {
  const LEAD_FR =
    "En août 2021, le départ des troupes internationales a permis aux talibans de prendre le contrôle du gouvernement de l'Afghanistan, le transformant en un pays répressif en termes de droits fondamentaux. Le chef des talibans s'est rendu à Kandahar.";

  it("uses a short first sentence whole, without its full stop", () => {
    expect(deriveTitle("The talks were held in Doha on Saturday. Both sides called them constructive.", "en")).toBe("The talks were held in Doha on Saturday");
  });

  it("cuts a long French first sentence at a word, not at a comma too close to its start, nor after an article", () => {
    expect(deriveTitle(LEAD_FR, "fr")).toBe("En août 2021, le départ des troupes internationales a permis aux talibans de prendre…");
  });

  it("never ends a cut English title on 'of the'", () => {
    const lead = "Qatar is considered one of the important stops for the Taliban movement in communicating with the rest of the world, officials said.";
    expect(deriveTitle(lead, "en")).toBe("Qatar is considered one of the important stops for the Taliban movement in communicating…");
  });

  it("cuts at a clause boundary when one falls late enough", () => {
    const lead =
      "Le chef des talibans et le Premier ministre qatari se sont rencontrés le 12 mai, selon plusieurs sources diplomatiques citées par Reuters.";
    expect(deriveTitle(lead, "fr")).toBe("Le chef des talibans et le Premier ministre qatari se sont rencontrés le 12 mai…");
  });

  it("never returns more than 90 characters and an ellipsis", () => {
    const title = deriveTitle(LEAD_FR, "fr");
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith("…")).toBe(true);
  });

  it("does not stop at the abbreviation in 'Dr.'", () => {
    expect(deriveTitle("Dr. Mohamed Abdel Razek explained the visit. He is an expert.", "en")).toBe("Dr. Mohamed Abdel Razek explained the visit");
  });

  it("cuts at a word when there is no clause boundary far enough in", () => {
    const lead = "Qatar is scrambling to persuade the Taliban to stop the offensive as militant groups advanced towards the gates of Kabul.";
    const title = deriveTitle(lead, "en");
    expect(title).toBe("Qatar is scrambling to persuade the Taliban to stop the offensive as militant groups…");
  });
});

describe("tidyTitle on a headline line of a whole page", () => {
  it("drops a rating widget's figures after the headline, and keeps a number that belongs to it", () => {
    expect(tidyTitle("Eine realistische Interpretation des Multiplikators 3.17 5 12", "")).toBe("Eine realistische Interpretation des Multiplikators");
    expect(tidyTitle("Was Windows 11 anders macht", "")).toBe("Was Windows 11 anders macht");
    expect(tidyTitle("Die Bilanz nach Spieltag 10", "")).toBe("Die Bilanz nach Spieltag 10");
  });
});

describe("withoutGluedKicker", () => {
  const headline = "Interne Unterlagen im Netz Daten von Rheinmetall gehackt";

  it("takes the end the page prints again on its own, as a breadcrumb's step or before a dash", () => {
    expect(withoutGluedKicker(headline, ["Menü", "• Daten von Rheinmetall gehackt"])).toBe("Daten von Rheinmetall gehackt");
    expect(withoutGluedKicker(headline, ["home / Wirtschaft / Daten von Rheinmetall gehackt"])).toBe("Daten von Rheinmetall gehackt");
    expect(withoutGluedKicker(headline, ["• Daten von Rheinmetall gehackt - Interne Unterlagen im Netz"])).toBe("Daten von Rheinmetall gehackt");
    expect(withoutGluedKicker("Auftragshoch bei FACC : Luftfahrtbranche hebt nach Corona ab", ["Luftfahrtbranche hebt nach Corona ab"])).toBe("Luftfahrtbranche hebt nach Corona ab");
  });

  it("keeps the headline whole when no line shows its end alone", () => {
    expect(withoutGluedKicker(headline, [headline, `1. ${headline}`])).toBe(headline);
    // A teaser's headline wrapped across lines, and a sentence ending alike.
    expect(withoutGluedKicker(headline, ["Interne Unterlagen im Netz", "Wie berichtet wurden Daten von Rheinmetall gehackt"])).toBe(headline);
    // The end opens in lower case, or after a kicker that runs on into it.
    expect(withoutGluedKicker("VW-Chef warnt vor Tesla und Golf aus China", ["vor Tesla und Golf aus China"])).toBe("VW-Chef warnt vor Tesla und Golf aus China");
    expect(withoutGluedKicker('"Pure Leere": Marita Kramer verpasst Olympische Spiele', ["Marita Kramer verpasst Olympische Spiele"])).toBe('"Pure Leere": Marita Kramer verpasst Olympische Spiele');
  });
});

describe("numberedTrailEnd", () => {
  const ARTICLE = "Die Vermittler aus Katar haben am Montag in Doha neue Gespräche zwischen den Taliban und Vertretern der Vereinigten Staaten eröffnet.";
  const lines = (trail: string) => `Menü\nSuche\n\n${trail}\n\nKatar vermittelt wieder: Neue Runde in Doha\n\n${ARTICLE}`.split("\n");

  it("takes the last step of a numbered breadcrumb that names the article in full", () => {
    const trail = " 1. Startseite\n 2. Politik\n 3. Ausland\n 4. Neue Gespräche zwischen Taliban und Vereinigten Staaten in Doha";
    expect(numberedTrailEnd(lines(trail), ARTICLE, "Katar vermittelt wieder: Neue Runde in Doha")).toBe("Neue Gespräche zwischen Taliban und Vereinigten Staaten in Doha");
  });

  it("leaves a numbered list that is no trail: a ranking, long steps before the last, a single entry", () => {
    const ranking = Array.from({ length: 8 }, (_, k) => ` ${k + 1}. Team ${k + 1} Vereinigten Staaten Taliban`).join("\n");
    expect(numberedTrailEnd(lines(ranking), ARTICLE, null)).toBeNull();
    expect(numberedTrailEnd(lines(" 1. Was die Taliban jetzt fordern\n 2. Neue Gespräche zwischen Taliban und Vereinigten Staaten"), ARTICLE, null)).toBeNull();
    expect(numberedTrailEnd(lines(" 1. Neue Gespräche zwischen Taliban und Vereinigten Staaten"), ARTICLE, null)).toBeNull();
  });

  it("passes a number with nothing after it, and a trail that does not start at 1", () => {
    expect(numberedTrailEnd(["1. ", " 1.   ", "1.", "2. Politik"], ARTICLE, null)).toBeNull();
    expect(numberedTrailEnd(lines(" 2. Politik\n 3. Neue Gespräche zwischen Taliban und Vereinigten Staaten in Doha"), ARTICLE, null)).toBeNull();
  });

  it("leaves a menu's last entry whose words the article does not use, and a step of a few words", () => {
    expect(numberedTrailEnd(lines(" 1. Home\n 2. Service\n 3. Choose from 30 Languages"), ARTICLE, null)).toBeNull();
    expect(numberedTrailEnd(lines(" 1. Home\n 2. Ausland\n 3. Taliban in Doha"), ARTICLE, null)).toBeNull();
  });

  it("leaves a shortening of the headline: one it holds whole, one cut off, one with the site's name", () => {
    const headline = "Neue Gespräche zwischen Taliban und Vereinigten Staaten in Doha eröffnet";
    expect(numberedTrailEnd(lines(" 1. Home\n 2. Neue Gespräche zwischen Taliban und Vereinigten Staaten"), ARTICLE, headline)).toBeNull();
    expect(numberedTrailEnd(lines(" 1. Home\n 2. Neue Gespräche zwischen Taliban und Vereinigten..."), ARTICLE, null)).toBeNull();
    expect(numberedTrailEnd(lines(" 1. Home\n 2. Neue Gespräche zwischen Taliban und Vereinigten Staaten > zeitung.de"), ARTICLE, null)).toBeNull();
  });
});

describe("pathTrailEnd", () => {
  const HEADLINE = "Wenn der Hafen schläft, wacht die Fähre";
  const lines = (trail: string, printed = HEADLINE) => `Menü\n${trail}\n\n„Hafen“ Thema 14. März 2024\n${printed}\n\nDie Fähre fuhr am Montag zum letzten Mal.`.split("\n");

  it("takes the last step of a trail of separators, or after \"Sie sind hier:\", that the page also prints alone", () => {
    expect(pathTrailEnd(lines(`Home / Sport / Segeln Nord / ${HEADLINE}`), null)).toBe(HEADLINE);
    expect(pathTrailEnd(lines(`Startseite>Leute>Real Life>${HEADLINE}`), null)).toBe(HEADLINE);
    expect(pathTrailEnd(lines(`Sie sind hier: ${HEADLINE}`), "„Hafen“ Thema 14. März 2024")).toBe(HEADLINE);
  });

  it("parts a trail whose links a copy ran together, from its home page's link on", () => {
    expect(pathTrailEnd(lines(`StartseiteHafenWenn der Hafen schläft, wacht die Fähre`), null)).toBe(HEADLINE);
    expect(pathTrailEnd(lines(`FährenHafenWenn der Hafen schläft, wacht die Fähre`), null)).toBeNull();
  });

  it("leaves a step the page prints only there, a link's arrow, a prompt, a credit and a shortening of the headline", () => {
    expect(pathTrailEnd(lines(`Home / Sport / ${HEADLINE}`, "Die Fähre"), null)).toBeNull();
    expect(pathTrailEnd(lines(`» ${HEADLINE}`), null)).toBeNull();
    expect(pathTrailEnd(lines(`Weiterlesen »${HEADLINE}`), null)).toBeNull();
    expect(pathTrailEnd(lines(`© 2024 hafen.de / ${HEADLINE}`), null)).toBeNull();
    expect(pathTrailEnd(lines("Home / Sport / Wenn der Hafen schläft"), `${HEADLINE} auf dem Meer`)).toBeNull();
  });
});

describe("titleOfComments", () => {
  it.each([
    ["3 Kommentare zu „Gespräche in Doha (2)“", "Gespräche in Doha (2)"],
    ["One thought on “Talks resume in Doha”", "Talks resume in Doha"],
    ["12 responses to \"Qatar's quiet diplomacy\"", "Qatar's quiet diplomacy"],
    ["5 Kommentare on “Nach Doha – und zurück…”", "Nach Doha – und zurück…"],
    ["  • 2 commentaires sur « Les pourparlers de Doha »", "Les pourparlers de Doha"],
  ])("reads the post's title from a comment section's heading: %s", (heading, title) => {
    expect(titleOfComments(["Menu", "", "Some post", "", "Text of the post.", "", heading, "", "Anna sagt:", "Schön."])).toBe(title);
  });
  it("is null without such a heading, and for a quote in the text", () => {
    expect(titleOfComments(["Kommentare", "", "Anna sagt: „Schön“"])).toBeNull();
    expect(titleOfComments(["Er sagte zu „Doha“ nichts, und kommentierte auch sonst nichts."])).toBeNull();
  });
});
