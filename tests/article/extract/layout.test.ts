import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { locateArticle } from "../../../pipeline/article/clean/article.ts";
import { cleanBlocks } from "../../../pipeline/article/clean/blocks.ts";
import type { Unit } from "../../../pipeline/model/types.ts";
import { isByline } from "../../../pipeline/article/extract/byline.ts";
import { parseIssuerLine } from "../../../pipeline/article/extract/source.ts";
import { splitLayout } from "../../../pipeline/article/extract/layout.ts";
import { decodeRaw } from "../../../pipeline/article/read/decode.ts";

/** The file the messages name. */
const FILE = "article.txt";

/** The datelines of these fixtures; recognising dates is not this module's job. */
const DATELINES = new Set(["Tuesday 06/June/2023 - 07:29 PM", "Monday, 06/05/2023", "July 27, 2024", "October 9. 2021 13:24", "mercredi 7 décembre 2022", "9. Oktober 2021"]);
const isDateLine = (line: string) => DATELINES.has(line);

const PARAGRAPH = "A US delegation wants to meet with high-ranking Taliban representatives this weekend for the first time since the withdrawal from Afghanistan.";
const PARAGRAPH_2 = "The meeting will be held in the Qatari capital, Doha. Talks should be about the evacuation of foreigners and Afghans.";

let block = 0;
const unit = (text: string, kind: Unit["kind"] = "line"): Unit => ({ kind, text, line: block + 1, block: block++ });
const texts = (units: { text: string }[]) => units.map((u) => u.text);
// As normalize asks it: datelines, bylines (desks included) and issuer lines are never a headline.
const isCredit = (line: string) => isDateLine(line) || isByline(line) || parseIssuerLine(line) !== null;
/** The layout of units around the headline cleaning finds among them. */
const layoutOf = (units: Unit[]) => {
  const { headline } = locateArticle(units, { isStampOrByline: isCredit, isMeta: isCredit });
  return splitLayout(units, isDateLine, headline === null ? null : units[headline]!);
};
const sample = (name: string) => {
  const text = decodeRaw(FILE, readFileSync(`corpus/raw/${name}`)).value!.text;
  const cleaned = cleanBlocks(text, isCredit);
  return splitLayout(cleaned.units, isDateLine, cleaned.headline);
};

describe("splitLayout", () => {
  it("takes the first headline-like line before the body as the title", () => {
    const layout = layoutOf([unit("Talks between the US and Taliban delegations are scheduled in Doha"), unit(PARAGRAPH, "paragraph")]);
    expect(layout.title?.text).toBe("Talks between the US and Taliban delegations are scheduled in Doha");
    expect(texts(layout.body)).toEqual([PARAGRAPH]);
    expect(layout.head).toEqual([]);
  });

  it("skips a kicker, a date and a byline above the headline and marks them above the title", () => {
    const layout = layoutOf(
      [unit("EXCLUSIVE"), unit("July 27, 2024"), unit("By Mohamed Yosry and Jane Doe, Diplomatic Correspondent"), unit("Qatar presses Taliban to stop offensive"), unit(PARAGRAPH, "paragraph")],
    );
    expect(layout.title?.text).toBe("Qatar presses Taliban to stop offensive");
    expect(layout.head.map(({ unit, position }) => [unit.text, position])).toEqual([
      ["EXCLUSIVE", "above-title"],
      ["July 27, 2024", "above-title"],
      ["By Mohamed Yosry and Jane Doe, Diplomatic Correspondent", "above-title"],
    ]);
  });

  it.each(["By Staff Writer", "By Al Jazeera Staff", "Par La Rédaction", "By Reuters"])("never takes the desk byline %s for the headline", (byline) => {
    const layout = layoutOf([unit(byline), unit("Talks resume in Doha as Taliban seek recognition"), unit(PARAGRAPH, "paragraph")]);
    expect(layout.title?.text).toBe("Talks resume in Doha as Taliban seek recognition");
  });

  it("takes a French headline that opens with « De » for the headline", () => {
    const layout = layoutOf([unit("De Kaboul à Doha, le long chemin des talibans"), unit(PARAGRAPH, "paragraph")]);
    expect(layout.title?.text).toBe("De Kaboul à Doha, le long chemin des talibans");
  });

  it("takes a short ALL-CAPS headline when there is no other", () => {
    expect(layoutOf([unit("TALIBAN TAKE KABUL"), unit(PARAGRAPH, "paragraph")]).title?.text).toBe("TALIBAN TAKE KABUL");
  });

  it("prefers a headline to a short ALL-CAPS label above it", () => {
    const layout = layoutOf([unit("MIDDLE EAST NEWS"), unit("Qatar presses Taliban to stop offensive"), unit(PARAGRAPH, "paragraph")]);
    expect(layout.title?.text).toBe("Qatar presses Taliban to stop offensive");
  });

  it("never takes a known kicker for the headline", () => {
    expect(layoutOf([unit("BREAKING NEWS"), unit(PARAGRAPH, "paragraph")]).title).toBeNull();
  });

  it("never takes an issuer line for the headline", () => {
    const layout = layoutOf([unit("Issued by CEMO Center - Paris"), unit("Significance of meeting between Qatari FM and Taliban leader in Kandahar"), unit(PARAGRAPH, "paragraph")]);
    expect(layout.title?.text).toBe("Significance of meeting between Qatari FM and Taliban leader in Kandahar");
  });

  it("marks the lines between the headline and the body below the title", () => {
    const layout = layoutOf([unit("Gespräche über Flüchtlinge in Doha"), unit("Von Anna Schmidt in Berlin"), unit("9. Oktober 2021"), unit(PARAGRAPH, "paragraph")]);
    expect(layout.head.map(({ position }) => position)).toEqual(["below-title", "below-title"]);
  });

  it("moves a dateline or byline just after a standfirst out of the body", () => {
    const layout = layoutOf(
      [unit("Le Qatar, médiateur clé entre les talibans et Washington"), unit(PARAGRAPH, "paragraph"), unit("Par Jean Dupont"), unit("mercredi 7 décembre 2022"), unit(PARAGRAPH_2, "paragraph")],
    );
    expect(texts(layout.body)).toEqual([PARAGRAPH, PARAGRAPH_2]);
    expect(layout.head.map(({ unit, position }) => [unit.text, position])).toEqual([
      ["Par Jean Dupont", "body"],
      ["mercredi 7 décembre 2022", "body"],
    ]);
  });

  it("moves a dateline printed after a standfirst, a caption paragraph and a share row out of the body, and one after many paragraphs not", () => {
    const caption = "The Qatari foreign ministry building in Doha, where the talks were held last week.";
    const head = [unit("Le Qatar, médiateur clé entre les talibans et Washington"), unit(PARAGRAPH, "paragraph"), unit("Partager"), unit("Commenter"), unit(caption, "paragraph")];
    const layout = layoutOf([...head, unit("Tweet"), unit("Par Jean Dupont"), unit("mercredi 7 décembre 2022"), unit(PARAGRAPH_2, "paragraph")]);
    expect(layout.head.filter(({ position }) => position === "body").map(({ unit }) => unit.text)).toEqual(["Par Jean Dupont", "mercredi 7 décembre 2022"]);
    const deep = layoutOf([...head, ...Array.from({ length: 6 }, () => unit(PARAGRAPH_2, "paragraph")), unit("mercredi 7 décembre 2022")]);
    expect(deep.body.at(-1)?.text).toBe("mercredi 7 décembre 2022");
  });

  it("keeps a dateline deep in the body as body text", () => {
    const units = [unit("Doha talks resume with the Taliban"), ...Array.from({ length: 7 }, () => unit(PARAGRAPH, "paragraph")), unit("July 27, 2024")];
    expect(layoutOf(units).body.at(-1)?.text).toBe("July 27, 2024");
  });

  it("keeps section headings in the body", () => {
    const layout = layoutOf([unit("Qatar presses Taliban to stop offensive"), unit(PARAGRAPH, "paragraph"), unit("Secret visit"), unit(PARAGRAPH_2, "paragraph")]);
    expect(texts(layout.body)).toEqual([PARAGRAPH, "Secret visit", PARAGRAPH_2]);
  });

  it("finds no title when the text opens with a paragraph", () => {
    const layout = layoutOf([unit(PARAGRAPH, "paragraph"), unit(PARAGRAPH_2, "paragraph")]);
    expect(layout.title).toBeNull();
    expect(texts(layout.body)).toEqual([PARAGRAPH, PARAGRAPH_2]);
  });

  it("finds no title among two-word labels", () => {
    expect(layoutOf([unit("Afghanistan Update"), unit(PARAGRAPH, "paragraph")]).title).toBeNull();
  });

  it("puts everything in the head when there is no paragraph: a headline heads prose", () => {
    const layout = layoutOf([unit("Qatar presses Taliban to stop offensive"), unit("Home affairs")]);
    expect(layout.body).toEqual([]);
    expect(layout.title).toBeNull();
    expect(texts(layout.head.map(({ unit }) => unit))).toEqual(["Qatar presses Taliban to stop offensive", "Home affairs"]);
  });
});

describe("splitLayout and a byline without its By", () => {
  it("moves a name alone just after the standfirst out of the body", () => {
    const layout = layoutOf([unit("Qatar presses Taliban to stop offensive"), unit(PARAGRAPH, "paragraph"), unit("Marie Rövekamp"), unit(PARAGRAPH_2, "paragraph")]);
    expect(texts(layout.body)).toEqual([PARAGRAPH, PARAGRAPH_2]);
    expect(layout.head.map(({ unit, position }) => [unit.text, position])).toEqual([["Marie Rövekamp", "body"]]);
  });
});

describe("splitLayout after cleaning", () => {
  const layoutOf = (text: string) => {
    const cleaned = cleanBlocks(text, isCredit);
    return splitLayout(cleaned.units, isDateLine, cleaned.headline);
  };

  it.each([
    ["after a connector", "Significance of meeting between Qatari FM and\nTaliban leader in Kandahar", "Significance of meeting between Qatari FM and Taliban leader in Kandahar"],
    ["before a preposition", "What Was Qatari Prime Minister’s Message\nTo Taliban Leader in Kandahar?", "What Was Qatari Prime Minister’s Message To Taliban Leader in Kandahar?"],
    ["in German", "Gespräche über Flüchtlinge\nmit den Taliban in Doha", "Gespräche über Flüchtlinge mit den Taliban in Doha"],
  ])("takes a headline wrapped over two lines %s whole", (_, headline, title) => {
    expect(layoutOf(`${headline}\n\n${PARAGRAPH}`).title?.text).toBe(title);
  });

  it("keeps a byline under the headline out of the title", () => {
    const layout = layoutOf(`Qatar presses Taliban to stop offensive\nBy Mohamed Yosry and Jane Doe, Diplomatic Correspondent\n\n${PARAGRAPH}`);
    expect(layout.title?.text).toBe("Qatar presses Taliban to stop offensive");
  });
});

describe("splitLayout on the samples", () => {
  it("lays out sample 000: issuer above, dateline, masthead and author below the title", () => {
    const layout = sample("000_e597730830ff6590.txt");
    expect(layout.title?.text).toBe("Significance of meeting between Qatari FM and Taliban leader in Kandahar");
    expect(layout.head.map(({ unit, position }) => [unit.text, position])).toEqual([
      ["Issued by CEMO Center - Paris", "above-title"],
      ["Tuesday 06/June/2023 - 07:29 PM", "below-title"],
      ["The Reference", "below-title"],
      ["Mohamed Yosry", "below-title"],
    ]);
    expect(texts(layout.body).filter((text) => text.split(" ").length <= 3)).toEqual(["Doha meeting", "Secret visit", "Crisis resolution"]);
  });

  it("keeps the stale date above the title of sample 003 out of the body", () => {
    const layout = sample("003_1cc6fc7d1df7e74c.txt");
    expect(layout.title?.text).toBe("Talks between the US and Taliban delegations are scheduled in Doha – RT DE");
    expect(texts(layout.body)).not.toContain("July 27, 2024");
  });

  it("keeps the section label of sample 002 out of the body", () => {
    const layout = sample("002_94db9f70faed8889.txt");
    expect(layout.title?.text).toBe("The rapid advancement of the Taliban deprived the peace negotiators of the bargaining chip");
    expect(texts(layout.body)).not.toContain("Afghanistan Update");
  });

  it("finds no headline in sample 004, which opens with its lead", () => {
    const layout = sample("004_288c9b2453ba9e47.txt");
    expect(layout.title).toBeNull();
    expect(layout.body).toHaveLength(6);
  });
});
