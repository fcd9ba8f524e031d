import { describe, expect, it } from "vitest";
import { isAllCaps, sentenceCase } from "../../../pipeline/article/text/case.ts";

describe("isAllCaps", () => {
  it.each(["TALIBAN MEET US ENVOY IN DOHA", "GESPRÄCHE ÜBER FLÜCHTLINGE IN DOHA", "LE QATAR, MÉDIATEUR CLÉ À KABOUL", "QATAR’S PM MEETS TALIBAN LEADER"])(
    "takes %s for all caps",
    (line) => {
      expect(isAllCaps(line)).toBe(true);
    },
  );

  it.each([
    ["a title-case headline", "What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?"],
    ["a sentence with acronyms", "US and UN officials met the Taliban in Doha"],
    ["a kicker of one word", "EXCLUSIVE"],
    ["two short words", "RT DE"],
    ["a line without letters", "06/05/2023 - 07:29"],
  ])("does not take %s for all caps", (_, line) => {
    expect(isAllCaps(line)).toBe(false);
  });
});

describe("sentenceCase", () => {
  const BODY =
    "A US delegation wants to meet with high-ranking Taliban representatives this weekend. The meeting will be held in the Qatari capital, Doha. An envoy of the US met the Taliban in Doha on Saturday.";

  it("writes each word as the article writes it mid-sentence", () => {
    expect(sentenceCase("TALIBAN MEET US ENVOY IN DOHA", BODY)).toBe("Taliban meet US envoy in Doha");
  });

  it("capitalises the first word even when the text writes it in lower case", () => {
    expect(sentenceCase("MEETING IN DOHA", BODY)).toBe("Meeting in Doha");
  });

  it("puts words the text never uses in lower case", () => {
    expect(sentenceCase("QATAR HOSTS SECRET TALKS", BODY)).toBe("Qatar hosts secret talks");
  });

  it("keeps accented capitals of a German headline right", () => {
    const body = "Die Regierung in Berlin sprach von Gesprächen über Flüchtlinge, die in Doha mit den Taliban geführt würden.";
    expect(sentenceCase("GESPRÄCHE ÜBER FLÜCHTLINGE IN DOHA", body)).toBe("Gespräche über Flüchtlinge in Doha");
  });

  it("keeps a possessive apostrophe inside the word", () => {
    const body = "Officials said Qatar’s role was central, and that Qatar’s envoy met the group.";
    expect(sentenceCase("QATAR’S ENVOY MET THE GROUP", body)).toBe("Qatar’s envoy met the group");
  });

  it("keeps a word the text only ever capitalises, even at sentence starts", () => {
    const body = "DOHA (Reuters) - Qatar's prime minister met the Taliban leader in secret. Qatar's role was central.";
    expect(sentenceCase("QATAR'S PM MET TALIBAN LEADER IN SECRET", body)).toBe("Qatar's PM met Taliban leader in secret");
  });

  it("keeps a two-letter word the text never uses as the acronym it is", () => {
    expect(sentenceCase("UN AND EU WELCOME DOHA TALKS", "The talks in Doha were welcomed by the United Nations and the European Union.")).toBe(
      "UN and EU welcome Doha talks",
    );
  });

  it("lower-cases a longer word the text never uses", () => {
    expect(sentenceCase("TALIBAN WIN WAR", "The Taliban took Kabul in August 2021.")).toBe("Taliban win war");
  });

  it("ignores words at the start of a sentence when learning spellings", () => {
    expect(sentenceCase("THE ENVOY MET THEM", "The talks ended. The envoy left.")).toBe("The envoy met them");
  });
});
