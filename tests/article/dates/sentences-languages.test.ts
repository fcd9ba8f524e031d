import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../pipeline/article/dates/sentences.ts";

describe("splitSentences", () => {
  it("splits a paragraph of sample 003 into its sentences", () => {
    expect(
      splitSentences(
        "A US delegation wants to meet with high-ranking Taliban representatives this weekend for the first time since the withdrawal from Afghanistan. The meeting will be held in the Qatari capital, Doha.",
      ),
    ).toEqual([
      "A US delegation wants to meet with high-ranking Taliban representatives this weekend for the first time since the withdrawal from Afghanistan.",
      "The meeting will be held in the Qatari capital, Doha.",
    ]);
  });

  it("does not break after a title such as 'Dr.'", () => {
    expect(splitSentences("Dr. Mohamed Abdel Razek, an expert specializing in Asian affairs, explained the visit. He spoke to the Reference.")).toEqual([
      "Dr. Mohamed Abdel Razek, an expert specializing in Asian affairs, explained the visit.",
      "He spoke to the Reference.",
    ]);
  });

  it("does not break inside 'U.S.' or after an initial", () => {
    expect(splitSentences("The U.S. envoy met Gen. Mark Milley and J. Smith in Doha. The talks ended.")).toEqual([
      "The U.S. envoy met Gen. Mark Milley and J. Smith in Doha.",
      "The talks ended.",
    ]);
  });

  it("does not break after an abbreviated month", () => {
    expect(splitSentences("The talks began on Oct. 9 in Doha. They lasted two days.")).toEqual(["The talks began on Oct. 9 in Doha.", "They lasted two days."]);
  });

  it("does not break before a word in lower case", () => {
    expect(splitSentences("He said the meeting was “constructive.” and left. Talks resume Monday.")).toEqual([
      "He said the meeting was “constructive.” and left.",
      "Talks resume Monday.",
    ]);
  });

  it("splits French with 'M.' kept with the name", () => {
    expect(splitSentences("M. Al-Thani s'est rendu à Kandahar. Il a rencontré le chef des talibans.", "fr")).toEqual([
      "M. Al-Thani s'est rendu à Kandahar.",
      "Il a rencontré le chef des talibans.",
    ]);
  });

  it("does not break a German date after its ordinal day", () => {
    expect(splitSentences("Am 9. Oktober trafen sich die Delegationen in Doha. Die Gespräche dauerten zwei Tage.", "de")).toEqual([
      "Am 9. Oktober trafen sich die Delegationen in Doha.",
      "Die Gespräche dauerten zwei Tage.",
    ]);
  });

  it("still breaks after a number that ends a German sentence", () => {
    expect(splitSentences("Die Zahl der Toten stieg auf 12. Die Behörden in Kabul schweigen.", "de")).toEqual([
      "Die Zahl der Toten stieg auf 12.",
      "Die Behörden in Kabul schweigen.",
    ]);
  });

  it("does not break inside the German 'z. B.'", () => {
    expect(splitSentences("Es geht z. B. um Frauenrechte und Bildung. Die Taliban lehnen ab.", "de")).toEqual([
      "Es geht z. B. um Frauenrechte und Bildung.",
      "Die Taliban lehnen ab.",
    ]);
  });

  it("splits German and Spanish text", () => {
    expect(splitSentences("Die Gespräche beginnen am Samstag. Eine Delegation wird erwartet.", "de")).toHaveLength(2);
    expect(splitSentences("¿Habrá acuerdo? Catar cree que sí.", "es")).toEqual(["¿Habrá acuerdo?", "Catar cree que sí."]);
  });

  it("splits at question and exclamation marks and closing quotes", () => {
    expect(splitSentences("“If you do this, you will be recognized.” He added nothing.")).toEqual(["“If you do this, you will be recognized.”", "He added nothing."]);
  });

  it("returns one sentence for a line without a full stop and none for blank text", () => {
    expect(splitSentences("Doha meeting")).toEqual(["Doha meeting"]);
    expect(splitSentences("   ")).toEqual([]);
  });
});
