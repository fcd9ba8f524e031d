import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { boilerplateRule, LINE_RULES } from "../../../pipeline/article/clean/boilerplate.ts";

const CHROME: [rule: string, line: string][] = [
  ["boilerplate:ad", "ad a b"],
  ["boilerplate:ad", "ad ad ad"],
  ["boilerplate:ad", "Advertisement"],
  ["boilerplate:ad", "Anzeige"],
  ["boilerplate:ad", "Werbung"],
  ["boilerplate:ad", "Publicidad"],
  ["boilerplate:ad", "PUBLICITÉ"],
  ["boilerplate:ad", "Story continues below advertisement"],
  ["boilerplate:share", "Share this article"],
  ["boilerplate:share", "Partager sur Facebook"],
  ["boilerplate:share", "Teilen"],
  ["boilerplate:share", "Diesen Artikel teilen"],
  ["boilerplate:share", "Share on WhatsApp"],
  ["boilerplate:share", "Share your story"],
  ["boilerplate:share", "Compartir en WhatsApp"],
  ["boilerplate:share", "Facebook Twitter WhatsApp Email"],
  ["boilerplate:share", "Facebook | Twitter | LinkedIn | Print"],
  ["boilerplate:contribute", "Send your Videos and Photos to us"],
  ["boilerplate:contribute", "Follow us on Telegram"],
  ["boilerplate:contribute", "Listen to this article"],
  ["boilerplate:contribute", "4 min read"],
  ["boilerplate:contribute", "12 Comments"],
  ["boilerplate:contribute", "Skip to main content"],
  ["boilerplate:cookie", "We use cookies to improve your experience. By continuing you accept our cookie policy."],
  ["boilerplate:cookie", "Nous utilisons des cookies pour vous offrir la meilleure expérience. Accepter"],
  ["boilerplate:cookie", "Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten. Alle akzeptieren"],
  ["boilerplate:cookie", "Utilizamos cookies propias y de terceros. Aceptar"],
  ["boilerplate:cookie", "This website uses cookies to ensure you get the best experience."],
  ["boilerplate:cookie", "Ce site utilise des cookies. En savoir plus"],
  ["boilerplate:newsletter", "Sign up for our newsletter"],
  ["boilerplate:newsletter", "Abonnez-vous à notre lettre d'information"],
  ["boilerplate:newsletter", "Suscríbete al boletín de El País"],
  ["boilerplate:newsletter", "Subscribe to get breaking news alerts in your inbox"],
  ["boilerplate:newsletter", "Abonnieren Sie unseren Newsletter"],
  ["boilerplate:newsletter", "Newsletter"],
  ["boilerplate:newsletter", "Get our free Afghanistan newsletter every Friday."],
  ["boilerplate:copyright", "© 2023 Reuters. All rights reserved."],
  ["boilerplate:copyright", "Copyright 2021 The Associated Press"],
  ["boilerplate:copyright", "© Le Monde 2023 – Tous droits réservés"],
  ["boilerplate:copyright", "Alle Rechte vorbehalten"],
  ["boilerplate:copyright", "Copyright © 2023 The Reference."],
  ["boilerplate:copyright", "Copyright The Reference"],
  ["boilerplate:copyright", "(c) El País. Todos los derechos reservados"],
  ["boilerplate:caption", "Photo: Reuters"],
  ["boilerplate:caption", "(Photo by Wakil Kohsar/AFP via Getty Images)"],
  ["boilerplate:caption", "File photo: Taliban fighters in Kabul, August 2021"],
  ["boilerplate:caption", "Foto: dpa"],
  ["boilerplate:caption", "Bild: picture alliance"],
  ["boilerplate:caption", "Imagen: EFE"],
  ["boilerplate:caption", "AFP via Getty Images"],
  ["boilerplate:caption", "Taliban fighters patrol Kabul on August 16, 2021. (Photo by Wakil Kohsar/AFP via Getty Images)"],
  ["boilerplate:caption", "Qatars Außenminister Mohammed bin Abdulrahman Al Thani in Doha. Foto: dpa"],
  ["boilerplate:caption", "Le Premier ministre qatari à Kandahar, le 12 mai. Photo : AFP"],
  ["boilerplate:caption", "Reuters"],
  ["boilerplate:source-link", "Source link"],
  ["boilerplate:source-link", "Quelle: Link"],
  ["boilerplate:see-also", "See also  What Prince Harry is doing in Düsseldorf-Wittler of all places"],
  ["boilerplate:see-also", "Lire aussi : Au Qatar, les talibans rencontrent les Américains"],
  ["boilerplate:see-also", "Lesen Sie auch: Taliban verhandeln in Doha"],
  ["boilerplate:see-also", "Lea también: Catar media entre EE.UU. y los talibanes"],
  ["boilerplate:read-more", "Read more"],
  ["boilerplate:read-more", "Weiterlesen"],
  ["boilerplate:read-more", "Lire la suite"],
  ["boilerplate:read-more", "Leer más"],
  ["boilerplate:more-on", "More on this topic Afghanistan mission: the federal government estimates total costs at more than 17 billion euros"],
  ["boilerplate:more-on", "Mehr zum Thema"],
  ["boilerplate:more-on", "Mehr zum Thema – Bundeswehr verlässt Afghanistan"],
  ["boilerplate:more-on", "More News"],
  ["boilerplate:more-on", "Related Articles"],
  ["boilerplate:more-on", "Most Read"],
  ["boilerplate:tags", "Tags: Taliban, Qatar, Doha"],
  ["boilerplate:tags", "Schlagwörter: Afghanistan, Katar"],
  ["boilerplate:tags", "Mots-clés : talibans, Qatar"],
  ["credit:wire", "Reporting by Jane Doe; Editing by John Roe"],
  ["credit:wire", "(Reporting by Jane Doe in Doha; Writing by Mohamed Yosry; Editing by John Roe)"],
  ["credit:wire", "Additional reporting by Anna Schmidt in Berlin"],
  ["credit:wire", "Reporting by Jane Doe in Doha; editing by John Roe."],
  ["credit:wire", "REPORTING BY JANE DOE; EDITING BY JOHN ROE"],
  ["credit:wire", "Compiled by Mohamed Yosry for The Reference"],
  ["boilerplate:ad", "Anuncio"],
  ["boilerplate:ad", "Ad Feedback"],
  ["boilerplate:contribute", "Kommentare"],
  ["boilerplate:contribute", "3 Commentaires"],
  ["boilerplate:contribute", "Comentarios"],
  ["boilerplate:contribute", "Leave a comment"],
  ["boilerplate:contribute", "Lesezeit: 3 Min."],
  ["boilerplate:contribute", "Temps de lecture : 3 min"],
  ["boilerplate:contribute", "Tiempo de lectura: 4 min"],
  ["boilerplate:contribute", "~ 8 Minuten"],
  ["boilerplate:contribute", "6 minutes de lecture"],
  ["boilerplate:cookie", "Speicherdauer: Daten auf Ihrem Endgerät bis zu zwei Jahre"],
  ["boilerplate:cookie", "Online tracking choices"],
  ["boilerplate:cookie", "Manage cookie preferences"],
  ["boilerplate:widget", "Media playback is unsupported on your device"],
  ["boilerplate:widget", "Your browser does not support the video tag."],
  ["boilerplate:widget", "4,5 bei 12 Bewertungen"],
  ["boilerplate:widget", "4.2 out of 5 ratings"],
  ["boilerplate:newsletter", "Jetzt abonnieren"],
  ["boilerplate:newsletter", "Newsletter abonnieren"],
  ["boilerplate:newsletter", "S'abonner"],
  ["boilerplate:newsletter", "Suscribirse"],
  ["boilerplate:caption", "Image source, Getty Images"],
  ["boilerplate:caption", "Image caption, Taliban fighters in Kabul, August 2021"],
  ["boilerplate:read-more", "En savoir plus"],
  ["boilerplate:more-on", "Related Topics"],
  ["boilerplate:more-on", "Most Popular"],
  ["boilerplate:more-on", "Recommended for you"],
  ["boilerplate:more-on", "Auch interessant"],
  ["boilerplate:more-on", "Das könnte Sie auch interessieren"],
  ["boilerplate:more-on", "Weitere Artikel"],
  ["boilerplate:more-on", "Zum Thema"],
  ["boilerplate:more-on", "Sur le même sujet"],
  ["boilerplate:more-on", "Noticias relacionadas"],
  ["boilerplate:more-on", "Artículos relacionados"],
  ["boilerplate:menu", "Home | World | Politics"],
  ["boilerplate:menu", "Accueil • Monde • Politique • Économie"],
  ["boilerplate:menu", "Startseite › Nachrichten › Welt"],
  ["boilerplate:menu", "Home News World Politics Business Sport"],
  ["boilerplate:menu", "Inicio Noticias Mundo Política Economía"],
  ["boilerplate:embed", "View this post on Instagram"],
  ["boilerplate:embed", "Sieh dir diesen Beitrag auf Instagram an"],
  ["boilerplate:server-error", "Warning: db_connect(): Access denied for user 'web' in /srv/www/site/lib/db.php on line 52"],
  ["boilerplate:server-error", "Strict Standards: Non-static method Gallery::load() should not be called statically in /home/blog/plugins/gallery.php on line 7"],
];

/** Article text that looks like chrome at a glance; none of it may be removed. */
const TEXT = [
  "The minister asked followers to view this post on Instagram before the talks in Doha resumed.",
  "Warning: the talks in Doha may fail, a diplomat said in Kabul on line 3 of his statement.",
  "Share prices in Doha rose after the talks were announced.",
  "Advertisement revenue fell as the war ended.",
  "Photo opportunities were rare during the secret visit to Kandahar.",
  "Reuters reported that the meeting took place on May 12 in Kandahar.",
  "Source: a person familiar with the mediation work in Doha.",
  "The ministry's source said the talks would continue on Monday.",
  "Read more about the Doha agreement in the report the ministry published on Tuesday.",
  "More on this later, the spokesman said.",
  "Tags were attached to every crate of aid that arrived in Kabul.",
  "10 minutes later the delegation left the hotel in Doha.",
  "Die Delegation bekam 3 von 5 Bewertungen für ihre Vorschläge.",
  "The cookie factory in Kabul reopened in 2022.",
  "Afghan bakers use cookies and sweets as gifts during Eid, a custom the Taliban have not banned.",
  "Die Bäcker in Kabul verwenden Cookies-Rezepte aus Pakistan.",
  "Copyright law in Afghanistan has not been applied since 2021.",
  "The newsletter of the UN mission reported on the talks in detail, and said women were excluded from the delegation.",
  "Reporting by local journalists has become dangerous since the Taliban took power in August 2021.",
  "Reporting by Afghan journalists has been restricted since August 2021.",
  "Reporting by local journalists, often at great risk",
  "Writing by women has been banned from the curriculum, Human Rights Watch said.",
  "Share of Afghan girls in secondary school falls to zero",
  "Teilen sich die Taliban die Macht in Kabul",
  "The UN released one image: a destroyed school in Kabul.",
  "The photo, taken in Kandahar, shows the two leaders: Reuters could not verify it.",
  "Kommentare aus Washington fielen zurückhaltend aus.",
  "Zum Thema Frauenrechte schwiegen die Taliban.",
  "Comments by the Qatari official were made on the condition of anonymity.",
  "Doha meeting",
  "Secret visit",
  "Crisis resolution",
  "Mohamed Yosry",
  "The Reference",
  "Tuesday 06/June/2023 - 07:29 PM",
  "Afghanistan Update",
  "Par Jean Dupont",
  "Von Anna Schmidt in Berlin",
  "Por María López",
  "By Mohamed Yosry and Jane Doe, Diplomatic Correspondent",
  "Issued by CEMO Center - Paris",
  "EXCLUSIVE",
  "Home affairs minister meets Taliban envoy in Doha",
  "World leaders welcome Doha talks | Politics and business react",
  "Der Sprecher sagte: „Die Gespräche in Doha sind ein Erfolg.“",
  "La política exterior de Catar: mediación, gas y deporte.",
];

describe("boilerplateRule: chrome", () => {
  it.each(CHROME)("removes as %s: %s", (rule, line) => {
    expect(boilerplateRule(line)).toBe(rule);
  });
});

describe("boilerplateRule: article text", () => {
  it.each(TEXT)("keeps %s", (line) => {
    expect(boilerplateRule(line)).toBeNull();
  });

  it("keeps every line of the five samples that is longer than a headline", () => {
    const lines = readdirSync("corpus/raw").flatMap((name) => readFileSync(`corpus/raw/${name}`, "utf8").split("\n"));
    const long = lines.map((line) => line.replace(/\u00A0/g, " ").trim()).filter((line) => line.length > 100 && !/^(see also|more on this topic)/i.test(line));
    expect(long.length).toBeGreaterThan(40);
    expect(long.filter((line) => boilerplateRule(line) !== null)).toEqual([]);
  });
});

describe("LINE_RULES", () => {
  it("has unique rule names in area:problem form", () => {
    const names = LINE_RULES.map((rule) => rule.rule);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it("reports the first rule a line breaks", () => {
    const first = LINE_RULES.find((rule) => rule.test("Reuters"))!.rule;
    expect(boilerplateRule("Reuters")).toBe(first);
  });
});
