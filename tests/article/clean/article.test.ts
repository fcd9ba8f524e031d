import { describe, expect, it } from "vitest";
import { locateArticle } from "../../../pipeline/article/clean/article.ts";
import { unitsOf } from "../../../pipeline/article/clean/blocks.ts";
import { isDateLine, wordsBesideDates } from "../../../pipeline/article/dates/line.ts";
import { isByline, parseByline } from "../../../pipeline/article/extract/byline.ts";

const isStampOrByline = (line: string) => isDateLine(line) || parseByline(line) !== null;
const isMeta = (line: string) => isStampOrByline(line) || isByline(line) || (wordsBesideDates(line) ?? Infinity) <= 8;

/** The headline and the first and last unit of the article a page's text is located to. */
function locate(page: string) {
  const { units } = unitsOf(page, isStampOrByline);
  const { start, end, headline } = locateArticle(units, { isStampOrByline, isMeta });
  return { headline: headline === null ? null : units[headline]!.text, first: units[start]!.text, last: units[end - 1]!.text };
}

const LEAD =
  "Qatari mediators brought envoys of the United States and the Taliban together in Doha on Thursday for a second day of talks on detainees, frozen assets and humanitarian access.";
const BODY = [
  LEAD,
  "A Qatari official said both delegations had agreed to meet again within a month, and that a smaller technical group would stay on in Doha to prepare the next round.",
  "Neither side published a statement after the talks ended late in the evening, but diplomats familiar with the meeting described the atmosphere as businesslike.",
].join("\n\n");

const TEASERS = `Most read

Taliban name new envoy to Beijing
12 March 2024
The appointment is the first of its kind since the takeover, officials said on Tuesday in Kabul.

Aid agencies warn of funding gap
11 March 2024
Several organisations say they will have to cut programmes in the spring unless donors step in.`;

describe("locateArticle", () => {
  it("skips a menu and a breadcrumb above the headline, and finds the headline by its dateline", () => {
    const page = `Skip to content
Menu
Home
World
Middle East
Subscribe

Home > World > Middle East > US and Taliban envoys meet again in Doha

US and Taliban envoys meet again in Doha

By Jane Doe
14 March 2024

${BODY}`;
    expect(locate(page)).toEqual({ headline: "US and Taliban envoys meet again in Doha", first: "US and Taliban envoys meet again in Doha", last: expect.stringMatching(/^Neither side/) });
  });

  it("takes the article's headline, not a teaser's, when teasers with their own dates stand above it", () => {
    const page = `${TEASERS}

US and Taliban envoys meet again in Doha
14.03.2024, 18:05 Uhr

${BODY}`;
    expect(locate(page).headline).toBe("US and Taliban envoys meet again in Doha");
  });

  it("ends the article before the teasers and comments that follow it", () => {
    const page = `US and Taliban envoys meet again in Doha
14 March 2024

${BODY}

• Share
• Print

${TEASERS}`;
    expect(locate(page).last).toMatch(/^Neither side/);
  });

  it("passes over a picture caption and a share row between the headline and the lead", () => {
    const page = `Menu

Envoys meet again in Doha as Qatar presses for a deal on detainees
14 March 2024 | Jane Doe

The Qatari foreign ministry building in Doha. Photo: Jane Doe/Reuters
Share
Tweet

${BODY}`;
    expect(locate(page).headline).toBe("Envoys meet again in Doha as Qatar presses for a deal on detainees");
  });

  it("keeps the kicker and the stamp printed above the headline with the article", () => {
    const page = `• Home
• Politics

Analysis
14 March 2024
US and Taliban envoys meet again in Doha

${BODY}`;
    expect(locate(page)).toMatchObject({ headline: "US and Taliban envoys meet again in Doha", first: "Analysis" });
  });

  it("takes the headline over its standfirst, not the byline and stamp printed after the standfirst", () => {
    const page = `• Home
• World

Qatar hosts a new round of talks between US envoys and the Taliban

Envoys of both sides met for two days in Doha; a smaller group stays on to prepare the next round.
Jane Doe
Updated: 14.03.2024, 10:27

${BODY}`;
    expect(locate(page)).toMatchObject({ headline: "Qatar hosts a new round of talks between US envoys and the Taliban", last: expect.stringMatching(/^Neither side/) });
  });

  it("takes the headline, not the byline of a name and its role printed under it", () => {
    const page = `• Home
• World

Thousands of Afghan students wait for their schools to reopen
Omar Haddad Education editor
Tue 14 Mar 2024 10.00 GMT

${BODY}`;
    expect(locate(page).headline).toBe("Thousands of Afghan students wait for their schools to reopen");
  });

  it("takes a headline that mentions a date for the headline, not the blog's tagline above it", () => {
    const page = `Notes from Doha – a blog about mediation and its people

Ich las, sah, hörte: Medien im Oktober 2023
Jane Doe | 2. November 2023

${BODY}`;
    expect(locate(page).headline).toBe("Ich las, sah, hörte: Medien im Oktober 2023");
  });

  it("does not take a reader comment below the article for a headline", () => {
    const comments = `Comments (2)

Great piece, thanks!
Omar, 15 March 2024 at 09:12
I have followed these talks since the start and I still do not see what the Taliban would give in return for the assets.

What about the women's schools?
Lena, 15 March 2024 at 10:40
Every round of talks is announced as a breakthrough and every time the schools stay closed for girls over twelve.`;
    const page = `US and Taliban envoys meet again in Doha
14 March 2024

${BODY}

${comments}`;
    expect(locate(page).headline).toBe("US and Taliban envoys meet again in Doha");
  });

  it("leaves a text that is already one article whole, its subheading a subheading", () => {
    const page = `${LEAD}\n\nSecret visit\n\n${BODY}`;
    expect(locate(page)).toEqual({ headline: null, first: LEAD, last: expect.stringMatching(/^Neither side/) });
  });
});

describe("locateArticle on trails and numbered lists", () => {
  it("takes neither a slashed breadcrumb nor a 'Sie sind hier' trail for the headline", () => {
    const page = `home / Betrieb / IT / Envoys meet again in Doha

Sie sind hier: Aktuelles Presse Envoys meet again in Doha

Envoys meet again in Doha
14 March 2024

${BODY}`;
    expect(locate(page).headline).toBe("Envoys meet again in Doha");
  });
});

describe("locateArticle and mastheads", () => {
  it("does not take an outlet's name printed between the dateline and the byline for a headline", () => {
    const page = `14 March 2024 04:20
Gulf Times
By Jane Doe

${BODY}`;
    expect(locate(page).headline).toBeNull();
  });
});

describe("locateArticle and a blog's neighbouring posts", () => {
  it("does not take the link to the previous post for the headline", () => {
    const page = `« Qatar hosts a first round of talks

US and Taliban envoys meet again in Doha
14 March 2024

${BODY}`;
    expect(locate(page).headline).toBe("US and Taliban envoys meet again in Doha");
  });
});

describe("locateArticle and labels over a headline", () => {
  it("takes neither a kicker nor a short label in capitals for the headline, and does take a headline in capitals", () => {
    expect(locate(`BREAKING\n\nAFGHANISTAN\n\nUS and Taliban envoys meet again in Doha\n14 March 2024\n\n${BODY}`).headline).toBe("US and Taliban envoys meet again in Doha");
    expect(locate(`TALIBAN TAKE KABUL\n14 March 2024\n\n${BODY}`).headline).toBe("TALIBAN TAKE KABUL");
  });
});

describe("locateArticle and a row of buttons", () => {
  it("does not take a line half made of buttons' and menus' words (\"Sign up to Newsletters\") for the headline", () => {
    const page = `US and Taliban envoys meet again in Doha

Qatari mediators bring both sides back to the table
Envoys of both sides arrive in Doha for talks
A second day of talks on detainees and assets

Sign up to Newsletters
By Jane Doe
14 March 2024

${BODY}`;
    expect(locate(page).headline).toBe("US and Taliban envoys meet again in Doha");
  });
});

describe("locateArticle and buttons", () => {
  it("does not take a row of buttons under the standfirst (\"Download PDF Drucken Teilen Feedback\") for the headline", () => {
    const page = `Sie befinden sich hier:
• Aktuell
Hafen
Fährbüro am Hafen schließt nach vierzig Jahren
Die Stadt hat in einer Mitteilung erklärt, das Büro werde im Frühjahr geschlossen und die Fahrkarten künftig am Automaten verkauft.
14.03.2024 red Artikel: Download PDF Drucken Teilen Feedback Weitere Informationen anzeigen
Autor: Jane Doe

${BODY}`;
    expect(locate(page).headline).toBe("Fährbüro am Hafen schließt nach vierzig Jahren");
  });

  it("does not take a search box's or a page's own links (\"Erweiterte Suche\", \"Zurück zum Seitenanfang\") for the headline", () => {
    const page = `Erweiterte Suche ?
Zurück zum Seitenanfang
14.03.2024 11:35
Fährbüro am Hafen

${BODY}`;
    expect(locate(page).headline).toBe("Fährbüro am Hafen");
  });
});

describe("locateArticle and lines no headline holds", () => {
  const headlineUnder = (line: string) => locate(`${line}\n14.03.2024\nFährbüro am Hafen schließt\n\n${BODY}`).headline;

  it("does not take a section's path of one slash (\"National / Crime & Legal\") for the headline", () => {
    expect(locate(`Regional Life / Harbour & Sea\nFerry office at the harbour closes after forty years\nJIJI\n• 14 March 2024\n\n${BODY}`).headline).toBe("Ferry office at the harbour closes after forty years");
  });

  it("does not take a calendar's weekday letters, a post with its link or a prompt with a mail address for the headline", () => {
    expect(headlineUnder("M D M D F S S")).toBe("Fährbüro am Hafen schließt");
    expect(headlineUnder("Maybe the ferry office should stay open after all https://example.org/x1")).toBe("Fährbüro am Hafen schließt");
    expect(headlineUnder("Fragen zum Fährbüro schicken Sie bitte an hafen@example.org")).toBe("Fährbüro am Hafen schließt");
  });

  it("does not take a template's unfilled placeholder, a phone number or a logo's alternative text for the headline", () => {
    expect(headlineUnder("Verbinde mit %s")).toBe("Fährbüro am Hafen schließt");
    expect(headlineUnder("Hafenamt Nord Tel: +49 40 1234")).toBe("Fährbüro am Hafen schließt");
    expect(headlineUnder("Servicetelefon 0800 - 12 34 567 Mo bis Fr von 9 bis 18 Uhr")).toBe("Fährbüro am Hafen schließt");
    expect(headlineUnder("Logo Hafenzeitung Nord")).toBe("Fährbüro am Hafen schließt");
  });
});

describe("locateArticle and pictures", () => {
  it("does not take a caption naming who stands where (\"(von links)\") for the headline", () => {
    const page = `E-Paper
„Fährbüro am Hafen schließt“
14.03.2024 Hafenstadt, Nordküste
Anna Berg, Jan Kohl und Eva Lind (von links) sprachen am Hafen über die Zukunft des Büros
Anna Berg, Jan Kohl und Eva Lind (von links) sprachen am Hafen über die Zukunft des Büros
So bleibt das Büro in Erinnerung

${BODY}`;
    expect(locate(page).headline).toBe("„Fährbüro am Hafen schließt“");
  });

  it("does not take a flag's alternative text in an edition menu for the headline", () => {
    const page = `• World
• Politics
• More
Flag of Chile
Chile
[ ]
World News
14 March 2024 / 12:25 PM / Updated 8 hours ago
'Harbour' wins the festival's prize, raising hopes in Valparaíso
Jane Doe

${BODY}`;
    expect(locate(page).headline).toBe("'Harbour' wins the festival's prize, raising hopes in Valparaíso");
  });

  it("takes neither a caption ending in its picture library's name nor a gallery's counter for the headline", () => {
    const page = `US and Taliban envoys meet again in Doha

Qatari mediators bring both sides back to the table
A second day of talks on detainees and assets

Bild 1 von 10
Envoys arrive at the talks venue in the Qatari capital Shutterstock
By Jane Doe
14 March 2024

${BODY}`;
    expect(locate(page).headline).toBe("US and Taliban envoys meet again in Doha");
  });
});

describe("locateArticle and headlines ending with a full stop", () => {
  it("takes one sentence printed under its stamp for the headline, not the blog's tagline above it", () => {
    const page = `Notes from the Harbour Town
Menu
• About
• Contact
• Imprint
• Privacy

14 March 2024 by Jane Doe
Time to sell the old ferry office.

${BODY}`;
    expect(locate(page).headline).toBe("Time to sell the old ferry office.");
  });

  it("does not take two sentences under a stamp for a headline", () => {
    const page = `Notes from the Harbour Town
Menu

14 March 2024 by Jane Doe
Nice. We went there too.

${BODY}`;
    expect(locate(page).headline).toBe("Notes from the Harbour Town");
  });
});
