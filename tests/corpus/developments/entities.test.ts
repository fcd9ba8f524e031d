import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findEntities, namesNonPerson } from "../../../pipeline/corpus/developments/entities.ts";
import { loadEntities, NO_ENTITIES } from "../../../pipeline/model/entities.ts";

const table = loadEntities(fileURLToPath(new URL("../../../corpus/entities.yaml", import.meta.url)));
const find = (text: string, on?: string) => findEntities(text, table, on);

describe("findEntities", () => {
  it("knows the transliterations of the Taliban leader's name", () => {
    for (const name of ["Haibatullah Akhundzada", "Hibatullah Akhundzada", "Hebatullah Akhundzada", "Mullah Hibatullah Akhundzada"]) {
      expect(find(`${name} received the delegation.`)).toEqual(["haibatullah-akhundzada"]);
    }
  });
  it("treats spaces, hyphens, case and accents alike", () => {
    for (const name of ["Mohammed bin Abdulrahman Al Thani", "Mohamed bin Abdulrahman al-Thani", "Abdulrahman Al-Thani"]) {
      expect(find(name)).toEqual(["mohammed-bin-abdulrahman-al-thani"]);
    }
    expect(find("António Guterres")).toEqual(find("Antonio Guterres"));
  });
  it("finds places and the Taliban in several languages", () => {
    expect(find("les talibans à Kaboul et à Kandahar")).toEqual(["taliban", "kabul", "kandahar"]);
    expect(find("los talibanes en Doha")).toEqual(["taliban", "doha"]);
    expect(find("Die Taliban trafen sich in Doha")).toEqual(["taliban", "doha"]);
  });
  // A text with a letter outside ASCII is read with Unicode case folding; one without, lower-cased through a shared pattern: the two must agree.
  it.each([
    "the two leaders discussed amending the Doha agreement in Doha",
    "Al-Thani, al  Thani and AL THANI met the US envoy, not us",
    "the Taliban’s leader and the Taliban's spokesman – in Kabul–Doha talks",
    "Mullah Hibatullah Akhundzada,Doha;Kandahar.Kabul",
    "the Prime Minister of Qatar met the UN in Kabul",
    "Dohaagreement Talibans Kabuli 1Doha Doha1",
  ])("finds the same names in plain text and with a letter outside ASCII: %s", (text) => {
    for (const on of [undefined, "2023-05"]) expect(find(`${text} ł`, on)).toEqual(find(text, on));
    expect(find(text, "2023-05").length).toBeGreaterThan(0);
  });
  it("lets the longest name win (the Doha Agreement is not the city)", () => {
    expect(find("the two leaders discussed amending the Doha agreement")).toEqual(["doha-agreement"]);
    expect(find("l'accord de Doha")).toEqual(["doha-agreement"]);
  });
  it("reads acronyms only in capitals", () => {
    expect(find("The US and the UN met in Doha-based talks.")).toEqual(["united-states", "united-nations", "doha"]);
    expect(find("Let us meet, dit un homme.")).toEqual([]);
  });
  it("reads a title as its holder only on a date within the tenure", () => {
    const sentence = "the meeting between the Prime Minister of Qatar and the leader of the Taliban";
    expect(find(sentence, "2023-05")).toEqual(["mohammed-bin-abdulrahman-al-thani", "haibatullah-akhundzada"]);
    // He became prime minister on 7 March 2023.
    expect(find(sentence, "2022-12-07")).toEqual(["haibatullah-akhundzada"]);
    expect(find(sentence, "2023")).toEqual(["haibatullah-akhundzada"]);
    expect(find(sentence)).toEqual([]);
  });
  it("does not find names inside other words", () => {
    expect(find("Dohaville and Kabuli rice")).toEqual([]);
  });
  it("finds nothing with an empty table", () => {
    expect(findEntities("Haibatullah Akhundzada in Kandahar", NO_ENTITIES)).toEqual([]);
  });
});

describe("namesNonPerson", () => {
  it.each(["Doha Qatar", "DOHA, Qatar", "Taliban Kabul", "Kabul Now", "United States Institute"])("finds a place or an organisation in %s", (text) => {
    expect(namesNonPerson(text, table)).toBe(true);
  });
  it.each(["Abdul Ghani Baradar", "Jane Doe", "Abu Bakr Jones", "Al Jones", "the Taliban leader"])("finds none in %s", (text) => {
    expect(namesNonPerson(text, table)).toBe(false);
  });
});
