import { describe, expect, it } from "vitest";
import { readableSentence } from "../../../pipeline/corpus/developments/sentence.ts";

describe("readableSentence", () => {
  it("takes off a wire story's dateline, with or without country and agency", () => {
    expect(readableSentence("DOHA, Qatar (Wire) — Senior US officials met in Doha on Thursday.")).toBe("Senior US officials met in Doha on Thursday.");
    expect(readableSentence("KABUL (AFP) - The minister held talks on Thursday.")).toBe("The minister held talks on Thursday.");
    expect(readableSentence("ABU DHABI – Envoys met on Monday.")).toBe("Envoys met on Monday.");
  });
  it("takes off a byline run into the sentence", () => {
    expect(readableSentence("By Nora Ellison — US officials met on Thursday.")).toBe("US officials met on Thursday.");
  });
  it("takes off a trailing attribution in each language", () => {
    expect(readableSentence("US and Taliban officials met in Doha on Sunday to discuss detainees, Qatari mediators said.")).toBe("US and Taliban officials met in Doha on Sunday to discuss detainees.");
    expect(readableSentence("Les deux parties se sont vues jeudi, selon la diplomatie qatarie.")).toBe("Les deux parties se sont vues jeudi.");
    expect(readableSentence("Die Gespräche fanden am 14. März statt, hieß es.")).toBe("Die Gespräche fanden am 14. März statt.");
  });
  it("keeps what belongs to the event: an opening attribution, a clause in the middle, a hyphenated word", () => {
    for (const text of [
      "According to Reuters, the meeting took place on May 12 in Kandahar.",
      "The meeting on May 12, which officials said was constructive, ended late.",
      "US-led talks resumed on Monday in Doha.",
    ]) {
      expect(readableSentence(text)).toBe(text);
    }
  });
});
