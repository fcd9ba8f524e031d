import { describe, expect, it } from "vitest";
import { chooseAuthors, classedNames, statedNames } from "../../../pipeline/article/html/authors.ts";
import { readPageFacts } from "../../../pipeline/article/html/facts.ts";
import { parseJsonLd, readJsonLd, repairJson } from "../../../pipeline/article/html/jsonld.ts";
import { choosePublished, urlDate } from "../../../pipeline/article/html/published.ts";
import { chooseTitle, isKicker, kickerOf, stripSiteName } from "../../../pipeline/article/html/title.ts";
import { documentOf } from "../../helpers/html.ts";

const page = (head: string, body = "") => documentOf(`<!DOCTYPE html><html lang="de"><head>${head}</head><body>${body}</body></html>`);
const ld = (data: unknown) => `<script type="application/ld+json">${typeof data === "string" ? data : JSON.stringify(data)}</script>`;

describe("JSON-LD", () => {
  it("finds the article inside an @graph, resolving its author by @id, before the WebPage", () => {
    const doc = page(
      ld({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebPage", "@id": "https://example.de/#webpage", name: "Startseite", datePublished: "2019-01-01T00:00:00+00:00" },
          { "@type": "NewsArticle", headline: "Stadtrat beschließt neuen Radweg", datePublished: "2022-05-04T18:05:00+02:00", author: { "@id": "https://example.de/#/person/1" } },
          { "@type": "Person", "@id": "https://example.de/#/person/1", name: "Anna Beck" },
        ],
      }),
    );
    const facts = readJsonLd(doc);
    expect(facts.dates[0]).toEqual({ value: "2022-05-04T18:05:00+02:00", evidence: 'JSON-LD datePublished "2022-05-04T18:05:00+02:00"' });
    expect(facts.headlines[0]?.value).toBe("Stadtrat beschließt neuen Radweg");
    expect(facts.authors[0]?.value).toEqual(["Anna Beck"]);
  });

  it("reads several authors, and keeps an organisation credited as one apart", () => {
    const doc = page(ld([{ "@type": "Article", author: [{ "@type": "Person", name: "Jane Doe" }, "Tom Roth", { "@type": "Organization", name: "Example Wire" }] }]));
    expect(readJsonLd(doc).authors).toEqual([{ value: ["Jane Doe", "Tom Roth"], evidence: "JSON-LD author" }]);
    expect(readJsonLd(doc).credited).toEqual([{ value: ["Example Wire"], evidence: "JSON-LD author (an organisation)" }]);
  });

  it("takes an author typed both Person and Organization for a person", () => {
    const doc = page(ld({ "@type": "BlogPosting", author: { "@type": ["Person", "Organization"], name: "Tom Roth" } }));
    expect(readJsonLd(doc).authors[0]?.value).toEqual(["Tom Roth"]);
  });

  it("gives an author stated by first name alone the whole name their biography opens with", () => {
    const person = (name: string, description: string) => readJsonLd(page(ld({ "@type": "BlogPosting", author: { "@type": "Person", name, description } }))).authors[0]?.value;
    expect(person("Nils", "Nils Becker ist freier Autor und Journalist.")).toEqual(["Nils Becker"]);
    expect(person("Nils", "Schreibt über Fahrräder.")).toEqual(["Nils"]);
    expect(person("Anna Beck", "Anna Beck Maier ist Redakteurin.")).toEqual(["Anna Beck"]);
  });

  it("repairs trailing commas, comments, raw line breaks and CDATA wrappers", () => {
    const broken = '/*<![CDATA[*/ {\n  // the article\n  "@type": "BlogPosting",\n  "headline": "Zwei\nZeilen",\n  "url": "https://example.de/a",\n}\n/*]]>*/';
    expect(() => JSON.parse(broken)).toThrow();
    expect(parseJsonLd(broken)).toEqual({ "@type": "BlogPosting", headline: "Zwei Zeilen", url: "https://example.de/a" });
    expect(repairJson('{"a": [1, 2,], }')).toBe('{"a": [1, 2] }');
  });

  it("never offers dateModified as a publication date", () => {
    expect(readJsonLd(page(ld({ "@type": "NewsArticle", dateModified: "2023-01-02T10:00:00Z" }))).dates).toEqual([]);
  });
});

describe("choosePublished", () => {
  const stamp = { value: "2022-05-04T03:37:37+00:00", evidence: 'JSON-LD datePublished "2022-05-04T03:37:37+00:00"' };

  it("gives a UTC timestamp of a local evening the day the dateline near the headline prints", () => {
    const dateline = { date: "2022-05-03", time: null, zone: null, evidence: "3. Mai 2022" };
    expect(choosePublished([stamp], dateline, ["3. Mai 2022"])).toMatchObject({ date: "2022-05-03", evidence: `dateline "3. Mai 2022", not ${stamp.evidence}` });
  });

  it("keeps the stated day, time and zone as stated when no dateline disagrees", () => {
    expect(choosePublished([{ value: "2023-06-05T23:10:00+04:30", evidence: "meta" }], null, [])).toEqual({ date: "2023-06-05", time: "23:10", zone: "+04:30", evidence: "meta" });
  });

  it("keeps the stated day when the lines near the headline print it too, in any reading", () => {
    const misread = { date: "2023-02-11", time: null, zone: null, evidence: "02/11/2023, 21:34" };
    expect(choosePublished([{ value: "2023-11-02T14:34:19+00:00", evidence: "JSON-LD" }], misread, ["02/11/2023, 21:34"])?.date).toBe("2023-11-02");
  });

  it("never lets an 'Updated' dateline replace a stated publication date", () => {
    const updated = { date: "2023-03-06", time: null, zone: null, evidence: "Aktualisiert am 06.03.2023" };
    expect(choosePublished([{ value: "2023-01-10", evidence: "JSON-LD" }], updated, [updated.evidence])?.date).toBe("2023-01-10");
  });

  it("skips a stated value that is no whole day", () => {
    expect(choosePublished([{ value: "2023", evidence: "meta date" }, { value: "Mon", evidence: "meta pubdate" }], null, [])).toBeNull();
  });
});

describe("urlDate", () => {
  it("reads /yyyy/mm/dd/, yyyy-mm-dd and a compact yyyymmdd standing alone", () => {
    expect(urlDate("https://example.com/2023/11/07/title/")?.value).toBe("2023-11-07");
    expect(urlDate("https://example.com/news/2023-11-07-title")?.value).toBe("2023-11-07");
    expect(urlDate("https://example.com/a/20231107-title.html")?.value).toBe("2023-11-07");
  });

  it("takes no article number for a date", () => {
    expect(urlDate("https://news.example/en/202306051234")).toBeNull();
    expect(urlDate("https://example.com/2023/11/")).toBeNull();
  });
});

describe("titles", () => {
  const og = (value: string) => ({ value, evidence: "meta og:title" });

  it("takes a site name off either end", () => {
    expect(stripSiteName("Neuer Radweg für die Altstadt | Kurier Example", ["Kurier Example"])).toBe("Neuer Radweg für die Altstadt");
    expect(stripSiteName("Kurier Example: Neuer Radweg für die Altstadt", ["kurier-example.de"])).toBe("Neuer Radweg für die Altstadt");
    expect(stripSiteName("Corona: Neue Regeln ab Montag", ["Kurier Example"])).toBe("Corona: Neue Regeln ab Montag");
  });

  it("takes the <h1> that agrees with og:title once its ' | Site' suffix is off", () => {
    const chosen = chooseTitle(["Kurier Example", "Neuer Radweg für die Altstadt"], [], [og("Neuer Radweg für die Altstadt | Kurier Example")], ["Kurier Example"]);
    expect(chosen).toEqual({ value: "Neuer Radweg für die Altstadt", evidence: "<h1> agreeing with meta og:title" });
  });

  it("takes the headline out of an <h1> that carries a kicker", () => {
    expect(chooseTitle(["Tunesien Große Aufgaben für die neue Regierung"], [], [og("Große Aufgaben für die neue Regierung")], [])?.value).toBe(
      "Große Aufgaben für die neue Regierung",
    );
  });

  it("takes the site's name off an <h1> that carries it, and an empty separator off a stated title", () => {
    expect(chooseTitle(["Atomkraft und Erdgas sind nicht nachhaltig | Umweltbundesamt"], [], [og("Atomkraft und Erdgas sind nicht nachhaltig")], ["umweltbundesamt.de"])?.value).toBe(
      "Atomkraft und Erdgas sind nicht nachhaltig",
    );
    expect(chooseTitle([], [], [og("Pferdesport definitiv bei Olympia 2028 dabei -")], [])?.value).toBe("Pferdesport definitiv bei Olympia 2028 dabei");
    expect(chooseTitle(["Frauen im THW: Vergangenheit, Gegenwart und Zukunft"], [], [og("Frauen im THW: Vergangenheit, Gegenwart und Zukunft")], ["thw.de"])?.value).toBe(
      "Frauen im THW: Vergangenheit, Gegenwart und Zukunft",
    );
  });

  it("takes a blog post's heading over the blog name in its <h1>", () => {
    const chosen = chooseTitle(["Krimiblog"], ["Ein Abend im Archiv"], [{ value: "Ein Abend im Archiv | Krimiblog", evidence: "<title>" }], []);
    expect(chosen?.value).toBe("Ein Abend im Archiv");
  });
});

describe("kickers in the <h1>", () => {
  const h1 = (markup: string) => documentOf(`<!DOCTYPE html><html><body>${markup}</body></html>`).querySelector("h1")!;
  const og = (value: string) => ({ value, evidence: "meta og:title" });

  it("finds a kicker set in an element of its own before the headline", () => {
    expect(kickerOf(h1('<h1><span class="dachzeile">Interne Unterlagen im Netz</span> <span class="headline">Daten von Rheinmetall gehackt</span></h1>'))).toEqual({
      kicker: "Interne Unterlagen im Netz",
      headline: "Daten von Rheinmetall gehackt",
      apart: true,
    });
    expect(kickerOf(h1('<h1><span class="kicker">Klimaschutz</span><span class="visually-hidden">: </span><span>Bohren, bis es heiß wird</span></h1>'))?.headline).toBe("Bohren, bis es heiß wird");
    expect(kickerOf(h1('<h1><span itemprop="headline"><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</span></h1>'))).toMatchObject({ headline: "Lagen-Pyramide mit GA2", apart: true });
    expect(kickerOf(h1("<h1>Stadtrat beschließt neuen Radweg</h1>"))).toBeNull();
  });

  it("leaves a word in an inline element in the headline unless the page states the rest as its title", () => {
    const split = kickerOf(h1("<h1><em>Titanic</em> sinkt im Stadtpark</h1>"))!;
    expect(split.apart).toBe(false);
    expect(isKicker(split, [og("Titanic sinkt im Stadtpark")])).toBe(false);
    const teaser = kickerOf(h1('<h1><span class="subtitle">Olympische Spiele in Paris</span> Getränke per Schiff ins Stadtzentrum</h1>'))!;
    expect(isKicker(teaser, [og("Getränke per Schiff ins Stadtzentrum")])).toBe(true);
  });

  it("keeps a short headline whose heading goes on with a standfirst", () => {
    const split = kickerOf(h1("<h1><span>Bahn streicht Nachtzüge</span> <span>Fahrgastverband kritisiert die Entscheidung scharf</span></h1>"))!;
    expect(isKicker(split, [og("Bahn streicht Nachtzüge | Kurier")])).toBe(false);
  });

  it("gives the headline without its kicker as the page's title", () => {
    const doc = page("<title>Klimaschutz: Bohren, bis es heiß wird | Kurier</title>", '<h1><span>Klimaschutz</span><span>: </span><span>Bohren, bis es heiß wird</span></h1><p>Text.</p>');
    expect(readPageFacts(doc).title?.value).toBe("Bohren, bis es heiß wird");
  });
});

describe("authors", () => {
  it("splits names and drops the 'Von', roles, agencies and desks", () => {
    expect(statedNames("Von Anna Beck und Tom Roth (dpa)")).toEqual(["Anna Beck", "Tom Roth"]);
    expect(statedNames("Redaktion")).toEqual([]);
    expect(statedNames("dpa")).toEqual([]);
    expect(statedNames("Jane Doe, PhD")).toEqual(["Jane Doe"]);
  });

  it("keeps the dot of an initial, and leaves out site names, initials and placeholders", () => {
    expect(statedNames("Perry Bacon Jr.")).toEqual(["Perry Bacon Jr."]);
    expect(statedNames("Nicolas Gutierrez C.")).toEqual(["Nicolas Gutierrez C."]);
    expect(statedNames("Jobs & Hire", ["Jobs & Hire"])).toEqual([]);
    expect(statedNames("examplenews - Alberto Ávila", ["examplenews.com"])).toEqual(["Alberto Ávila"]);
    expect(statedNames("surfguard", ["surfguard.example.com"])).toEqual(["surfguard"]);
    expect(statedNames("DT")).toEqual([]);
    expect(statedNames("admin")).toEqual([]);
    expect(statedNames("No Author")).toEqual([]);
    expect(statedNames("Afficher mon profil complet")).toEqual([]);
  });

  it("takes neither an organisation, nor a word of one split at its 'und', nor a row of language codes for a name", () => {
    expect(statedNames("Example-Stiftung e.V.")).toEqual([]);
    expect(statedNames("Beispiel Verlag GmbH, Nürnberg")).toEqual([]);
    expect(statedNames("Landesanstalt für Wald und Forstwirtschaft - LWF")).toEqual([]);
    expect(statedNames("Anna Beck und Tom")).toEqual(["Anna Beck", "Tom"]);
    expect(statedNames("DE FR IT EN")).toEqual([]);
    expect(statedNames("surfguard")).toEqual(["surfguard"]);
  });

  it("reads the name after a byline word inside a value, but keeps a name with a particle whole", () => {
    expect(statedNames("Alle Artikel von Tanja Karrasch")).toEqual(["Tanja Karrasch"]);
    expect(statedNames("Christoph von Ritter")).toEqual(["Christoph von Ritter"]);
    expect(statedNames("Frank Bueltge - http://bueltge.example")).toEqual(["Frank Bueltge"]);
  });

  it("never takes a URL or an e-mail address for an author", () => {
    expect(statedNames("https://www.facebook.com/example.news")).toEqual([]);
    expect(statedNames("redaktion@example.de")).toEqual([]);
    const facts = readPageFacts(page('<meta property="article:author" content="https://www.facebook.com/jane.doe"><meta name="author" content="Jane Doe">'));
    expect(facts.authors).toEqual({ value: ["Jane Doe"], evidence: 'meta author "Jane Doe"' });
  });

  it("keeps a pen name stated in metadata, but takes a printed byline only when it reads as a person's name", () => {
    expect(chooseAuthors([{ value: ["krimiblogger"], evidence: "meta author" }], [], [])?.value).toEqual(["krimiblogger"]);
    expect(chooseAuthors([], ["Von Kurier Example"], ["Kurier Example"])).toBeNull();
    expect(chooseAuthors([], ["Text von Anna Beck Illustration von Tom Roth"], [])?.value).toEqual(["Anna Beck", "Tom Roth"]);
  });

  it("reads a byline in one part of a stamp line, and a byline word with the name in the next element", () => {
    expect(chooseAuthors([], ["Ein Artikel von Anna Beck | 27.01.2022 - 12:45"], [])?.value).toEqual(["Anna Beck"]);
    expect(chooseAuthors([], ["Neu! | By Jane Doe | April 13, 2020"], [])?.value).toEqual(["Jane Doe"]);
    expect(chooseAuthors([], ["Par Tom Roth le 07 Mai 2020"], [])?.value).toEqual(["Tom Roth"]);
    expect(chooseAuthors([], ["Datum:", "03.11.2021", "Autor:", "Anna Beck/SP-X"], [])).toEqual({ value: ["Anna Beck"], evidence: 'byline "Autor: Anna Beck/SP-X"' });
  });

  it("reads the user name a forum gives as the thread's starter, or one in the element after a byline word", () => {
    expect(chooseAuthors([], ["Forum", "Thread starter Lupo", "Start date Sep 18, 2020"], [])).toEqual({ value: ["Lupo"], evidence: 'byline "Thread starter Lupo"' });
    expect(chooseAuthors([], ["Themenstarter katzenfan", "Beginndatum 27. September 2018"], [])?.value).toEqual(["katzenfan"]);
    expect(chooseAuthors([], ["by", "leseratte", "Fiction Page"], [])?.value).toEqual(["leseratte"]);
    expect(chooseAuthors([], ["Autor:", "se"], [])).toBeNull();
    expect(chooseAuthors([], ["Von", "Startseite"], [])).toBeNull();
  });

  it("leaves a name after a byline word in a sentence or a footer credit alone", () => {
    expect(chooseAuthors([], ["Eine neue Studie von Tom Roth"], [])).toBeNull();
    expect(chooseAuthors([], ["Interview mit Autorin Anna Beck"], [])).toBeNull();
    expect(chooseAuthors([], ["Porträtfotos von Tom Roth finden Sie hier."], [])).toBeNull();
    expect(chooseAuthors([], ["Copyright © 2021 | WordPress Theme von Example Themes"], [])).toBeNull();
    expect(chooseAuthors([], ["Im von Anna Beck veröffentlichten Video sind viele kurze Sequenzen aneinandergereiht und kommentiert."], [])).toBeNull();
  });

  it("takes a picture's credit near the headline for no byline", () => {
    expect(chooseAuthors([], ["Foto von Tom Roth von Pexels", "Text von Anna Beck"], [])?.value).toEqual(["Anna Beck"]);
    expect(chooseAuthors([], ["Bild: Tom Roth"], [])).toBeNull();
  });

  it("reads the name in an author element after a byline word that only stated values use", () => {
    expect(classedNames("Auteur: Anna Kubová")).toEqual(["Anna Kubová"]);
    expect(classedNames("von lupa")).toEqual(["lupa"]);
    expect(classedNames("Autor")).toEqual([]);
  });

  it("names a desk or the outlet an author field states only when no person is named anywhere", () => {
    const yoast = '<meta property="og:site_name" content="Kurier Example"><meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="Redaktion">';
    expect(readPageFacts(page(yoast))).toMatchObject({ authors: null, credit: { value: ["Redaktion"], evidence: 'meta twitter:data1 "Redaktion" labelled "geschrieben von", naming no person' } });
    expect(readPageFacts(page(yoast, '<h1>Stadtrat beschließt neuen Radweg</h1><p class="byline">Von Anna Beck</p><p>Der Stadtrat hat entschieden.</p>'))).toMatchObject({ authors: { value: ["Anna Beck"] }, credit: null });
    const wire = ld({ "@type": "NewsArticle", author: { "@type": "Organization", name: "Example Wire" } });
    expect(readPageFacts(page(wire)).credit).toEqual({ value: ["Example Wire"], evidence: "JSON-LD author (an organisation), naming no person" });
    expect(readPageFacts(page('<meta property="og:site_name" content="Kurier Example"><meta name="author" content="Kurier Example">')).credit?.value).toEqual(["Kurier Example"]);
    // An address, a placeholder or a URL names no one.
    expect(readPageFacts(page('<meta property="og:site_name" content="kurier.example"><meta name="author" content="kurier.example, Frankfurt, Germany">')).credit).toBeNull();
    expect(readPageFacts(page('<meta name="author" content="admin">')).credit).toBeNull();
    expect(readPageFacts(page('<meta name="author" content="Beispiel Verlag GmbH">')).credit?.value).toEqual(["Beispiel Verlag GmbH"]);
  });

  it("reads the author a plugin states as a labelled pair of meta tags", () => {
    const head = '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Anna Beck"><meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten">';
    expect(readPageFacts(page(head)).authors?.value).toEqual(["Anna Beck"]);
    expect(readPageFacts(page('<meta name="twitter:label1" content="Geschätzte Lesezeit"><meta name="twitter:data1" content="3 Minuten">')).authors).toBeNull();
  });

  it("keeps the writer of a blog whose JSON-LD names the same person as publisher", () => {
    const doc = page(ld({ "@type": "BlogPosting", author: { "@type": "Person", name: "Tom Roth" }, publisher: { "@type": "Person", name: "Tom Roth" } }));
    expect(readPageFacts(doc).authors?.value).toEqual(["Tom Roth"]);
  });

  it("reads a name from an element whose class marks the author, near the headline only", () => {
    const body = `<article><h1>Stadtrat beschließt neuen Radweg</h1><p class="date-author">Janic Cathomen, 01.12.2021</p><p>Der Stadtrat hat entschieden.</p></article>`;
    expect(readPageFacts(page("", body)).authors).toEqual({ value: ["Janic Cathomen"], evidence: 'author element "Janic Cathomen, 01.12.2021"' });
    const labelled = `<h1>Stadtrat beschließt neuen Radweg</h1><div class="c-byline"><span class="c-byline__label">Autor</span> <span class="c-byline__name">Anna Beck</span></div>`;
    expect(readPageFacts(page("", labelled)).authors?.value).toEqual(["Anna Beck"]);
    const teasers = `<h1>Stadtrat beschließt neuen Radweg</h1><p>Der Stadtrat hat entschieden.</p>${"<div><p>Mehr</p></div>".repeat(200)}<ul><li><span class="teaser__author">Von Tom Roth</span></li></ul>`;
    expect(readPageFacts(page("", teasers)).authors).toBeNull();
  });

  it("keeps a pen name an hCard states as the author's, but not the site's card in its header, and a desk only as the last resort", () => {
    const body = `<h1 class="vcard author"><a class="fn" href="https://blog.example/">Lesezimmer</a></h1><h2>Ein neuer Krimi</h2><p class="meta"><span class="author vcard fn">leseratte</span> · 3. Mai 2022</p><p>Text.</p>`;
    expect(readPageFacts(page("<title>Ein neuer Krimi</title>", body)).authors?.value).toEqual(["leseratte"]);
    const site = `<h1 class="vcard author"><a class="fn" href="/">Lesezimmer</a></h1><p>Text.</p>`;
    expect(readPageFacts(page("", site)).authors).toBeNull();
    const desk = `<h1>Ein neuer Krimi</h1><span class="author vcard"><a class="fn" href="/autor/1">Redaktion</a></span>`;
    expect(readPageFacts(page("", desk)).credit).toEqual({ value: ["Redaktion"], evidence: 'link to an author page "Redaktion", naming no person' });
    expect(readPageFacts(page("", `${desk}<p class="byline">Von Anna Beck</p>`)).authors?.value).toEqual(["Anna Beck"]);
    expect(readPageFacts(page("", '<h1>Ein neuer Krimi</h1><span><a href="https://news.example/writers/jane-doe/">Jane Doe</a></span>')).authors?.value).toEqual(["Jane Doe"]);
  });

  it("takes no comment's author and no lone word from an author element", () => {
    const body = `<h1>Stadtrat beschließt neuen Radweg</h1><p>Text.</p><div class="comments"><span class="author">Tom Roth</span></div><span class="author-follow">Folgen</span>`;
    expect(readPageFacts(page("", body)).authors).toBeNull();
  });

  it("invents no author when the page names none", () => {
    expect(readPageFacts(page("<title>Ohne Autor</title>", "<h1>Ohne Autor</h1><p>Ein Text.</p>")).authors).toBeNull();
  });
});

describe("readPageFacts", () => {
  it("reads the dateline next to the headline, not the dates of a teaser list further down", () => {
    const doc = page(
      "<title>Stadtrat beschließt neuen Radweg | Kurier</title>",
      `<article><h1>Stadtrat beschließt neuen Radweg</h1><p class="date">Dienstag, 3. Mai 2022</p>
<p>Der Stadtrat hat am Abend mit großer Mehrheit den Bau eines neuen Radwegs entlang der Altstadt beschlossen.</p>
<p>Die Arbeiten sollen im Herbst beginnen und bis zum Frühjahr dauern, teilte die Stadt mit.</p></article>
<aside><ul><li>01.04.2022 Ältere Meldung</li><li>12.03.2022 Noch eine</li></ul></aside>`,
    );
    const facts = readPageFacts(doc);
    expect(facts.published).toMatchObject({ date: "2022-05-03", evidence: "Dienstag, 3. Mai 2022" });
    expect(facts.title?.value).toBe("Stadtrat beschließt neuen Radweg");
  });

  it("has no date for a page that states only when it was modified", () => {
    const doc = page('<meta property="article:modified_time" content="2023-01-02T10:00:00+01:00">', "<h1>Ein Titel hier</h1><p>Text ohne Datum.</p>");
    expect(readPageFacts(doc).published).toBeNull();
  });
});
