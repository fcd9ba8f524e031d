import { describe, expect, it } from "vitest";
import { isBackground } from "../../../pipeline/article/extract/background.ts";

const at = (sentence: string, date: string) => isBackground(sentence, sentence.indexOf(date), date);

describe("isBackground", () => {
  it("marks a date in a 'since' clause", () => {
    expect(at("ISIS has also carried out deadly attacks in Afghanistan since the Taliban has taken power in August 2021, which has left heavy casualties.", "August 2021")).toBe(true);
  });
  it("marks a date in an 'after' clause", () => {
    expect(at("the United States has given Doha the mandate to manage its interests in Afghanistan after its withdrawal from the country in August 2021", "August 2021")).toBe(true);
  });
  it("marks French, German and Spanish clauses", () => {
    expect(at("de nombreux États n'ont pas reconnu le gouvernement taliban après sa mise en place en 2021.", "en 2021")).toBe(true);
    expect(at("Seit der Machtübernahme der Taliban im August 2021 ist das Land isoliert.", "August 2021")).toBe(true);
    expect(at("Desde que los talibanes tomaron el poder en agosto de 2021, el país está aislado.", "agosto de 2021")).toBe(true);
  });
  it("does not mark the event a sentence reports", () => {
    expect(at("According to Reuters, the meeting took place on May 12 in Kandahar.", "May 12")).toBe(false);
    expect(at("En août 2021, le départ des troupes internationales a permis aux talibans de prendre le contrôle.", "août 2021")).toBe(false);
  });
  it("does not reach a marker in another clause", () => {
    expect(at("After weeks of talks, the two sides met on December 7, 2022 in the United Arab Emirates.", "December 7, 2022")).toBe(false);
  });
});
