import { describe, expect, it } from "vitest";
import { withoutAccents } from "../../../pipeline/article/text/accents.ts";
import { foldAccents } from "../../../pipeline/model/alias.ts";

const whole = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "");

describe("withoutAccents", () => {
  it("drops accents and marks, composed or not, and leaves the rest", () => {
    expect(withoutAccents("Doḥa, État, Ministerpräsident, señor, Baradar")).toBe("Doha, Etat, Ministerprasident, senor, Baradar");
    expect(withoutAccents("Qate\u0301r")).toBe("Qater");
    expect(withoutAccents("«Kaboul» – 15 €, ½")).toBe("«Kaboul» – 15 €, ½");
  });

  it("gives what decomposing the whole text gives, for every character beside plain letters and marks", () => {
    for (let code = 0; code < 0x30000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const character = String.fromCodePoint(code);
      for (const text of [character, `e${character}`, `${character}e`, `a${character}\u0327\u0301`, `\u1100${character}`]) {
        if (withoutAccents(text) !== whole(text)) expect.fail(`U+${code.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });

  it("keeps Hangul syllables whole once composed again", () => {
    expect(foldAccents("카불 협상, Doḥa")).toBe("카불 협상, Doha");
  });
});
