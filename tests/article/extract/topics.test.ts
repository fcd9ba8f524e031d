import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTaxonomy } from "../../../pipeline/model/taxonomy.ts";
import { assignTopics, foldText, topicScores, TOPIC_THRESHOLD } from "../../../pipeline/article/extract/topics.ts";
import { taxonomy } from "../../helpers/corpus.ts";

const TAXONOMY = parseTaxonomy(
  `topics:
  - id: women-rights
    title: Women's rights
    description: Restrictions on Afghan women and girls.
    signals:
      en: [women's rights, Afghan women]
      fr: [droits des femmes]
      de: [Frauenrechte]
  - id: counter-terrorism
    title: Counter-terrorism
    description: Operations against armed groups.
    signals:
      en: [terrorism, ISIS, Al-Qaeda]
      fr: [État islamique, Al-Qaïda]
      es: [terrorismo]
`,
  "topics.yaml",
);

describe("the taxonomy's signals", () => {
  it("start with a letter or digit, where a word starts: a taxonomy with another is refused, naming the signal", () => {
    const text = "topics:\n  - id: mediation\n    title: Mediation\n    description: Talks.\n    signals:\n      en: [talks, -led]\n";
    expect(() => parseTaxonomy(text, "topics.yaml")).toThrow("topics.yaml: topics.0.signals.en.1: expected a signal that starts with a letter or digit");
  });
});

describe("foldText", () => {
  it("drops accents, case and curly apostrophes", () => {
    expect(foldText("État islamique, Al-Qaïda, women’s RIGHTS")).toBe("etat islamique, al-qaida, women's rights");
  });
});

describe("topicScores", () => {
  it("counts a one-word signal once and a phrase twice", () => {
    expect(topicScores("", "Attacks by ISIS continued.", TAXONOMY).get("counter-terrorism")).toBe(1);
    expect(topicScores("", "Restrictions on Afghan women grew.", TAXONOMY).get("women-rights")).toBe(2);
  });

  it("counts a headline mention double", () => {
    expect(topicScores("ISIS attacks continue", "", TAXONOMY).get("counter-terrorism")).toBe(2);
  });

  it("counts each occurrence, a hyphenated signal as a phrase", () => {
    expect(topicScores("", "ISIS and Al-Qaeda. ISIS again.", TAXONOMY).get("counter-terrorism")).toBe(4);
  });

  it("matches signals of every language with any accents and apostrophes", () => {
    expect(topicScores("", "Les attentats de l'Etat islamique et d'AL-QAIDA.", TAXONOMY).get("counter-terrorism")).toBe(4);
    expect(topicScores("", "Afghan women’s rights were discussed.", TAXONOMY).get("women-rights")).toBe(2);
  });

  it("matches whole words only", () => {
    expect(topicScores("", "The crisis in Isiscity and the antiterrorism law.", TAXONOMY).has("counter-terrorism")).toBe(false);
  });

  it("matches a German compound signal only as a whole word", () => {
    expect(topicScores("", "Die Frauenrechte in Afghanistan.", TAXONOMY).get("women-rights")).toBe(1);
    expect(topicScores("", "Die Frauenrechtsaktivistin sprach.", TAXONOMY).has("women-rights")).toBe(false);
  });

  it("gives no score to a topic without evidence", () => {
    expect(topicScores("Doha meeting", "The talks were held in Doha.", TAXONOMY).size).toBe(0);
  });
});

describe("assignTopics", () => {
  it("does not assign a topic on a single passing word", () => {
    expect(TOPIC_THRESHOLD).toBe(2);
    expect(assignTopics("Doha meeting", "The talks also touched on terrorism.", TAXONOMY)).toEqual([]);
  });

  it("assigns a topic named in the headline", () => {
    expect(assignTopics("Qatar and the fight against terrorism", "The talks were held in Doha.", TAXONOMY)).toEqual(["counter-terrorism"]);
  });

  it("lists topics in taxonomy order, whatever the order of evidence", () => {
    expect(assignTopics("", "ISIS and Al-Qaeda were discussed, then Afghan women.", TAXONOMY)).toEqual(["women-rights", "counter-terrorism"]);
  });

  it("assigns the required topics of every sample", () => {
    const labels = JSON.parse(readFileSync("tests/fixtures/expected.json", "utf8")) as { articles: { file: string; topics_required: string[] }[] };
    for (const name of readdirSync("corpus/raw")) {
      const text = readFileSync(`corpus/raw/${name}`, "utf8");
      const required = labels.articles.find((label) => label.file === name)!.topics_required;
      expect(assignTopics("", text, taxonomy), name).toEqual(expect.arrayContaining(required));
    }
  });
});
