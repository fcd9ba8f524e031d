import { describe, expect, it } from "vitest";
import { reflowBlock } from "../../../pipeline/article/clean/reflow.ts";

const never = (_line: string) => false;
const texts = (lines: string[], keepApart: (line: string) => boolean = never) => reflowBlock(lines, keepApart).map((unit) => unit.text);

/** A paragraph of sample 002 hard-wrapped at 70 columns, as e-mailed copies are. */
const WRAPPED = [
  "With the dissolution of the Afghan army, the United States began to",
  "withdraw from its embassy, and regional powers contacted the Taliban,",
  "providing the organization with the international recognition it",
  "hoped. The mediators are trying to put pressure on the Taliban.",
];
const JOINED = WRAPPED.join(" ");

describe("reflowBlock: hard-wrapped paragraphs", () => {
  it("joins a paragraph wrapped at 70 columns into one unit", () => {
    expect(texts(WRAPPED)).toEqual([JOINED]);
  });

  it("remembers the first line each unit was made from", () => {
    expect(reflowBlock(WRAPPED, never)).toEqual([{ text: JOINED, first: 0 }]);
  });

  it("joins a wrapped French paragraph whose last line is short", () => {
    const lines = [
      "Le chef des talibans, Haibatullah Akhundzada, et le Premier ministre",
      "qatari, Mohamed bin Abdulrahman al-Thani, se sont rencontrés le 12 mai",
      "pour résoudre les tensions entre l'Afghanistan et la communauté",
      "internationale.",
    ];
    expect(texts(lines)).toEqual([lines.join(" ")]);
  });

  it("joins a wrapped German paragraph", () => {
    const lines = [
      "Die Gespräche über Flüchtlinge sollen am Wochenende in Doha beginnen,",
      "teilte das Außenministerium in Berlin am Freitag mit. Eine Delegation",
      "der Taliban werde erwartet, hieß es aus Kreisen der Bundesregierung.",
    ];
    expect(texts(lines)).toEqual([lines.join(" ")]);
  });

  it("keeps a dateline or byline inside a wrapped block apart", () => {
    const byline = "By Mohamed Yosry";
    const lines = [byline, ...WRAPPED];
    expect(texts(lines, (line) => line === byline)).toEqual([byline, JOINED]);
  });

  it("keeps lines of unequal length apart: a list of related links is not a paragraph", () => {
    const lines = ["AITV News Special Events - G4 (2023)", "AITV News (44)", "AITV News Special Events - G4 (2023)"];
    expect(texts(lines)).toEqual(lines);
  });

  it("keeps apart long lines that are each a paragraph of their own", () => {
    const lines = [
      "The Taliban leader’s response to Al-Thani during the meeting has not been clear yet, officials said on Monday in Doha.",
      "Earlier, it had been reported that the Qatari Prime Minister conveyed a message from the US officials to the Taliban leader.",
      "The mood of the meeting between the leader of the Taliban and the Prime Minister of Qatar has been evaluated as positive.",
    ];
    expect(texts(lines)).toEqual(lines);
  });

  it("keeps apart short paragraphs of similar length that each end a sentence", () => {
    const lines = [
      "The Taliban now controls virtually all of Afghanistan, officials say.",
      "The meeting will be held in the Qatari capital, Doha, on Saturday.",
      "Talks should be about the evacuation of foreigners and Afghans.",
    ];
    expect(texts(lines)).toEqual(lines);
  });

  it("keeps apart the two paragraphs of sample 004 that share a block", () => {
    const lines = [
      "En août 2021, le départ des troupes internationales a permis aux talibans de prendre le contrôle du gouvernement de l'Afghanistan, le transformant en un pays répressif en termes de droits fondamentaux.",
      "Le chef des talibans, Haibatullah Akhundzada, et le Premier ministre qatari, Mohamed bin Abdulrahman al-Thani, se sont rencontrés le 12 mai.",
    ];
    expect(texts(lines)).toEqual(lines);
  });
});

describe("reflowBlock: headlines broken in two", () => {
  it("joins a headline broken after a connector", () => {
    expect(texts(["Significance of meeting between Qatari FM and", "Taliban Leader in Kandahar"])).toEqual([
      "Significance of meeting between Qatari FM and Taliban Leader in Kandahar",
    ]);
  });

  it("joins a headline whose second line starts in lower case", () => {
    expect(texts(["The rapid advancement of the Taliban deprived", "the peace negotiators of the bargaining chip"])).toEqual([
      "The rapid advancement of the Taliban deprived the peace negotiators of the bargaining chip",
    ]);
  });

  it("joins a title-case headline broken before a preposition", () => {
    expect(texts(["What Was Qatari Prime Minister’s Message", "To Taliban Leader in Kandahar?"])).toEqual([
      "What Was Qatari Prime Minister’s Message To Taliban Leader in Kandahar?",
    ]);
  });

  it("keeps a headline and a staff byline apart", () => {
    expect(texts(["Qatar presses Taliban to stop offensive", "By Staff Writer"])).toEqual(["Qatar presses Taliban to stop offensive", "By Staff Writer"]);
  });

  it("keeps a section label and a masthead apart", () => {
    expect(texts(["Afghanistan Update", "The Reference"])).toEqual(["Afghanistan Update", "The Reference"]);
  });

  it("joins a French headline broken after « de »", () => {
    expect(texts(["Le Qatar, médiateur clé entre les talibans et", "Washington"])).toEqual(["Le Qatar, médiateur clé entre les talibans et Washington"]);
  });

  it("joins a broken headline inside a block with its kicker, byline and dateline", () => {
    const meta = (line: string) => line.startsWith("Von ") || line === "9. Oktober 2021";
    expect(texts(["EXKLUSIV", "Gespräche über Flüchtlinge", "mit den Taliban in Doha", "Von Anna Schmidt in Berlin", "9. Oktober 2021"], meta)).toEqual([
      "EXKLUSIV",
      "Gespräche über Flüchtlinge mit den Taliban in Doha",
      "Von Anna Schmidt in Berlin",
      "9. Oktober 2021",
    ]);
  });

  it("does not take a header block for a hard wrap because its byline is long", () => {
    const byline = "By Mohamed Yosry and Jane Doe, Diplomatic Correspondent";
    const lines = ["EXCLUSIVE", "QATAR'S PM MET TALIBAN LEADER IN SECRET", byline, "June 6, 2023"];
    expect(texts(lines, (line) => line === byline || line === "June 6, 2023")).toEqual(lines);
  });

  it("keeps the dateline, masthead and author block of sample 000 apart", () => {
    const lines = ["Tuesday 06/June/2023 - 07:29 PM", "The Reference", "Mohamed Yosry"];
    expect(texts(lines)).toEqual(lines);
  });

  it("keeps a headline and its dateline apart", () => {
    expect(texts(["Doha meeting", "Tuesday 06/June/2023 - 07:29 PM"])).toEqual(["Doha meeting", "Tuesday 06/June/2023 - 07:29 PM"]);
  });

  it("keeps a masthead and an author name apart", () => {
    expect(texts(["The Reference", "Mohamed Yosry"])).toEqual(["The Reference", "Mohamed Yosry"]);
  });

  it("keeps a question headline and the next line apart", () => {
    expect(texts(["What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?", "by the editorial desk"])).toEqual([
      "What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?",
      "by the editorial desk",
    ]);
  });

  it("never joins a line marked keep-apart, even after a connector", () => {
    const byline = "Von Anna Schmidt in Berlin";
    expect(texts(["Gespräche über Flüchtlinge in", byline], (line) => line === byline)).toEqual(["Gespräche über Flüchtlinge in", byline]);
  });

  it("leaves a single line as it is", () => {
    expect(reflowBlock(["Crisis resolution"], never)).toEqual([{ text: "Crisis resolution", first: 0 }]);
  });

  it("returns nothing for an empty block", () => {
    expect(reflowBlock([], never)).toEqual([]);
  });
});

describe("reflowBlock's questions", () => {
  it("asks once about each line whether it stays apart", () => {
    const asked: string[] = [];
    const lines = ["By Jane Doe", "June 5, 2023", "The talks in Doha were", "held on Monday."];
    reflowBlock(lines, (line) => (asked.push(line), line === "June 5, 2023"));
    expect(asked).toEqual(lines);
  });
});

describe("reflowBlock on very long blocks", () => {
  it("reads a block of 200,000 lines (more than a call takes arguments)", () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `Line ${i}.`);
    expect(reflowBlock(lines, never)).toHaveLength(200_000);
  });
  it("joins 100,000 broken lines into one unit", () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `and the talks went on ${i}`);
    expect(texts(lines)).toEqual([lines.join(" ")]);
  });
});
