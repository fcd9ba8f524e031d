/**
 * normalizeArticle on whole pages as a select-all copy gives them: menus,
 * teasers, share rows and comments around the article. Pages written by hand
 * with the patterns real pages show.
 */
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../../pipeline/article/normalize.ts";
import { sampleContext } from "../helpers/corpus.ts";

const normalize = (text: string) => normalizeArticle({ name: "page.txt", bytes: new TextEncoder().encode(text) }, sampleContext).record!;

const BODY = `Qatari mediators brought envoys of the United States and the Taliban together in Doha on Thursday for a second day of talks on detainees, frozen assets and humanitarian access.

A Qatari official said both delegations had agreed to meet again within a month, and that a smaller technical group would stay on in Doha to prepare the next round.

Neither side published a statement after the talks ended late in the evening, but diplomats familiar with the meeting described the atmosphere as businesslike.`;

describe("normalizeArticle on a whole page", () => {
  it("reads headline, day and author past the menu, and leaves the teasers and comments out", () => {
    const page = `Skip to content
Menu
  • Home
  • World
  • Middle East
Subscribe | Log in

Home > World > US and Taliban envoys meet again in Doha

US and Taliban envoys meet again in Doha

By Jane Doe | 14 March 2024, 18:05

${BODY}

Share
Tweet

Most read

Taliban name new envoy to Beijing
12 March 2024
The appointment is the first of its kind since the takeover, officials said on Tuesday in Kabul.

Comments (1)
Omar, 15 March 2024 at 09:12
I have followed these talks since the start and still do not see what the Taliban would give in return.

© 2024 News Example. All rights reserved.`;
    const record = normalize(page);
    expect(record.title).toBe("US and Taliban envoys meet again in Doha");
    expect(record.published).toMatchObject({ date: "2024-03-14", time: "18:05" });
    expect(record.authors).toEqual(["Jane Doe"]);
    const body = record.body.map((block) => block.text).join("\n");
    expect(body).toContain("Neither side published a statement");
    expect(body).not.toContain("envoy to Beijing");
    expect(body).not.toContain("I have followed these talks");
  });

  it("reads the author from a label and the name on the line after it, printed after the standfirst and a rule", () => {
    const page = `• Home
• Nachrichten

Katar vermittelt zwischen Washington und den Taliban

Katar hat erneut Gespräche zwischen Vertretern der Vereinigten Staaten und der Taliban in Doha ausgerichtet, bei denen es um Gefangene ging.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Datum:

14.03.2024

Autor:

Anna Beck/DPA

${BODY}`;
    const record = normalize(page);
    expect(record.authors).toEqual(["Anna Beck"]);
    expect(record.published).toMatchObject({ date: "2024-03-14" });
    expect(record.body.map((block) => block.text)).not.toContain("Anna Beck/DPA");
  });

  it("takes the stamp printed above the kicker when the article's head has none", () => {
    const page = `Menu
Politik
Ausland
• Montag, 18.03.2024
• Jane Doe
Teilen
Drucken
Analyse
Gesandte der USA und der Taliban treffen sich erneut in Doha

${BODY}`;
    expect(normalize(page).published?.date).toBe("2024-03-18");
  });

  it("leaves the day unset when the page prints none near the article, whatever its teasers say", () => {
    const page = `US and Taliban envoys meet again in Doha

${BODY}

${Array.from({ length: 40 }, (_, i) => `Related link ${i + 1}`).join("\n")}

Taliban name new envoy to Beijing
12 March 2024`;
    expect(normalize(page).published).toBeNull();
  });
});

describe("normalizeArticle on a blog's whole page", () => {
  const page = `Doha Notes
  • Politik
  • Kultur
  • Reisen

 1. Startseite
 2. Politik
 3. Envoys of the United States and the Taliban meet again in Doha

Second round in Doha

14. März 2024 Carola Pönisch Kultur

${BODY}

© 2024 Doha Notes`;

  it("takes the title from the numbered breadcrumb's last step, and leaves the stamp's category out of the author", () => {
    const record = normalize(page);
    expect(record.title).toBe("Envoys of the United States and the Taliban meet again in Doha");
    expect(record.published?.date).toBe("2024-03-14");
    expect(record.authors).toEqual(["Carola Pönisch"]);
  });

  it("takes the headline a comment section's heading quotes, and the stamp under it, over a commenter's line", () => {
    const blog = `Doha Notes
Menu

Zweite Runde

14. März 2024 von Carola Pönisch

${BODY}

2 Kommentare zu „Zweite Runde“

  1. Omar sagt:
     15. März 2024 um 09:12
     Ein langer Kommentar über die Gespräche in Doha, der mehr Text hat als manche Zeile oben, und noch etwas mehr, damit er wie ein Absatz wirkt.`;
    const record = normalize(blog);
    expect(record.title).toBe("Zweite Runde");
    expect(record.published?.date).toBe("2024-03-14");
    expect(record.authors).toEqual(["Carola Pönisch"]);
  });

  it("keeps the headline when the trail's last step is a section", () => {
    const record = normalize(page.replace(" 3. Envoys of the United States and the Taliban meet again in Doha\n", ""));
    expect(record.title).toBe("Second round in Doha");
  });
});

describe("normalizeArticle on a saved HTML page", () => {
  const normalizeHtml = (html: string) => normalizeArticle({ name: "page.html", bytes: new TextEncoder().encode(html) }, sampleContext).record!;
  const paragraphs = BODY.split("\n\n").map((paragraph) => `<p>${paragraph}</p>`).join("");
  const html = (head: string, byline: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>US and Taliban envoys meet again in Doha</title>${head}</head><body><article><h1>US and Taliban envoys meet again in Doha</h1>${paragraphs}${byline}</article></body></html>`;
  const desk = '<meta name="author" content="Example Wire Staff">';

  it("names the desk an author field states when neither markup nor text names a person", () => {
    expect(normalizeHtml(html(desk, "")).authors).toEqual(["Example Wire Staff"]);
  });

  it("keeps a results table whose markup states its title and day", () => {
    const rows = Array.from({ length: 8 }, (_, i) => `<tr><td>${i + 1}.</td><td>Verein ${i + 1}</td><td>5${i},0${i} sec.</td></tr>`).join("");
    const page = `<!DOCTYPE html><html lang="de"><head><title>Ergebnisse: Kreismeisterschaften | Kreis Example</title><meta property="article:published_time" content="2007-05-20T10:00:00+02:00"></head><body><article><h1>Ergebnisse: Kreismeisterschaften</h1><table>${rows}</table></article></body></html>`;
    const record = normalizeHtml(page);
    expect(record.published?.date).toBe("2007-05-20");
    expect(record.body.map((block) => block.text)).toContain("3. Verein 3 52,02 sec.");
  });

  it("takes a byline the text shows over the desk the markup states", () => {
    // No heading element: the markup has no headline to read a byline beside, the text has.
    const page = html(desk, "").replace(/<h1>(.*?)<\/h1>/, "<p><b>$1</b></p><p>By Jane Doe</p>");
    expect(normalizeHtml(page).authors).toEqual(["Jane Doe"]);
  });
});

describe("normalizeArticle and a year-less 29 February", () => {
  it("dates 'on February 29' in an article of March 2021 to 2020, and writes the article", () => {
    const record = normalize(`Envoys meet in Doha again\n\nMarch 6, 2021\n\nOfficials of the Taliban met a US delegation in Doha on February 29 to discuss the agreement signed there. ${BODY}`);
    expect(record.developments.map((development) => development.date)).toContain("2020-02-29");
    expect(record.developments.every((development) => !development.date.startsWith("2021-02-29"))).toBe(true);
  });
});

describe("normalizeArticle and a title the page states only in a trail", () => {
  it("takes the trail's last step when no line reads as a headline, and does not call the title derived", () => {
    const record = normalize(` 1. Startseite\n 2. Politik\n 3. Envoys of the United States and the Taliban meet again in Doha\n\n${BODY}`);
    expect(record.title).toBe("Envoys of the United States and the Taliban meet again in Doha");
    expect(record.title_derived).toBe(false);
  });
});

describe("normalizeArticle and a trail of separators", () => {
  it("takes the trail's last step that the page prints alone, the trail far below in the footer", () => {
    const footer = Array.from({ length: 120 }, (_, k) => `• Archive ${k + 1}`).join("\n");
    const record = normalize(`Menu\n\n„Doha“ Topic 14 March 2024\nEnvoys of the United States and the Taliban meet again in Doha\nBy Jane Doe\nFor subscribers only\n\n${BODY}\n\n${footer}\n\nYou are here: Envoys of the United States and the Taliban meet again in Doha`);
    expect(record.title).toBe("Envoys of the United States and the Taliban meet again in Doha");
  });
});

describe("normalizeArticle and a dateline that reads like a name", () => {
  const page = (credit: string) => `Talks resume in Doha\n${credit}\n12 March 2024\n\n${BODY}`;
  it("takes no author from places and organisations the entity table knows", () => {
    expect(normalize(page("By Doha Qatar")).authors).toEqual([]);
    expect(normalize(page("Taliban Kabul")).authors).toEqual([]);
  });
  it("still takes a person named beside them", () => {
    expect(normalize(page("Von Jane Doe, Kabul")).authors).toEqual(["Jane Doe"]);
  });
  it("takes a masthead that names a known place for the outlet, not for a person", () => {
    const record = normalize(`Talks resume in Doha\n\n12 March 2024\nKandahar Today\nBy Jane Doe\n\n${BODY}`);
    expect(record.source).toBe("Kandahar Today");
    expect(record.authors).toEqual(["Jane Doe"]);
  });
});
