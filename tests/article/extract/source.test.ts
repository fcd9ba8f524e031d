import { describe, expect, it } from "vitest";
import { isMasthead, parseIssuerLine, splitTitleSuffix } from "../../../pipeline/article/extract/source.ts";

describe("splitTitleSuffix", () => {
  it("splits the RT DE suffix of sample 003", () => {
    expect(splitTitleSuffix("Talks between the US and Taliban delegations are scheduled in Doha – RT DE")).toEqual({
      title: "Talks between the US and Taliban delegations are scheduled in Doha",
      source: "RT DE",
    });
  });

  it.each([
    ["Qatar presses Taliban to stop offensive | Reuters", "Qatar presses Taliban to stop offensive", "Reuters"],
    ["Le Qatar, médiateur clé entre les talibans et Washington - Le Monde", "Le Qatar, médiateur clé entre les talibans et Washington", "Le Monde"],
    ["Gespräche über Flüchtlinge in Doha — DER SPIEGEL", "Gespräche über Flüchtlinge in Doha", "DER SPIEGEL"],
    ["Catar media entre EE.UU. y los talibanes - El País", "Catar media entre EE.UU. y los talibanes", "El País"],
    ["Taliban meet US envoy in Doha - The Times of India", "Taliban meet US envoy in Doha", "The Times of India"],
  ])("splits the outlet off %s", (line, title, source) => {
    expect(splitTitleSuffix(line)).toEqual({ title, source });
  });

  it.each([
    ["a clause after a dash", "Taliban meet US envoy in Doha – talks to continue on Monday"],
    ["a hyphenated word", "The Doha-based Taliban spokesman speaks"],
    ["no suffix", "Significance of meeting between Qatari FM and Taliban leader in Kandahar"],
    ["a suffix of five words", "Qatar hosts talks - What We Know So Far"],
    ["a short first part", "Doha talks - Live"],
    ["a live-blog label", "Taliban Talks in Doha – Live Updates"],
    ["a title-case subtitle", "Qatar’s Role in Afghanistan – A Timeline"],
    ["a question subtitle", "Taliban Meet US Envoy in Doha - What We Know"],
  ])("keeps %s whole", (_, line) => {
    expect(splitTitleSuffix(line)).toEqual({ title: line, source: null });
  });
});

describe("splitTitleSuffix with a page's names", () => {
  const known = (name: string) => name === "Reuters";
  it("keeps a plain word after a dash with the headline unless it is a known name", () => {
    expect(splitTitleSuffix("Hund vertreibt Einbrecher – Zeugenaufruf", known)).toEqual({ title: "Hund vertreibt Einbrecher – Zeugenaufruf", source: null });
    expect(splitTitleSuffix("Qatar presses Taliban to stop offensive | Reuters", known).source).toBe("Reuters");
  });
  it("splits a one-word name styled as a brand", () => {
    expect(splitTitleSuffix("Musk-Firma veröffentlicht erstes Modell - t3n", known).source).toBe("t3n");
    expect(splitTitleSuffix("Wie Firmen ihre Beschäftigten schützen | ZEIT", known).source).toBe("ZEIT");
  });
});

describe("parseIssuerLine", () => {
  it.each([
    ["Issued by CEMO Center - Paris", "CEMO Center - Paris"],
    ["Published by The Reference", "The Reference"],
    ["Republished from Al Jazeera", "Al Jazeera"],
    ["Originally published in Le Monde", "Le Monde"],
    ["Source: RT DE", "RT DE"],
    ["Quelle: Deutsche Welle", "Deutsche Welle"],
    ["Fuente: El País", "El País"],
    ["Publié par France 24", "France 24"],
    ["Veröffentlicht von Zeit Online", "Zeit Online"],
    ["Publicado por EFE", "EFE"],
  ])("names the issuer of %s", (line, issuer) => {
    expect(parseIssuerLine(line)).toBe(issuer);
  });

  it.each([
    "Source link",
    "Fuente: link",
    "Sources said that during his recent meeting with the Taliban leader in Kandahar, Abdulrahman Al-Thani, Prime Minister of Qatar, discussed the release of American prisoners.",
    "The Reference",
    "Issued by",
  ])("finds no issuer in %s", (line) => {
    expect(parseIssuerLine(line)).toBeNull();
  });
});

describe("isMasthead", () => {
  it.each(["The Reference", "Al Jazeera", "RT DE", "Le Monde", "El País", "DER SPIEGEL", "AITV News"])("takes %s for a masthead", (line) => {
    expect(isMasthead(line)).toBe(true);
  });

  it.each([
    ["a person", "Mohamed Yosry"],
    ["a dateline", "Tuesday 06/June/2023 - 07:29 PM"],
    ["a sentence", "The talks were held in Doha."],
    ["lower-case words", "the reference desk"],
    ["a label with a colon", "Afghanistan:"],
    ["a kicker", "EXKLUSIV"],
    ["an English kicker", "Breaking News"],
    ["a long capitalised line", "The Taliban Leader Meets The Qatari Prime Minister In Kandahar"],
  ])("does not take %s for a masthead", (_, line) => {
    expect(isMasthead(line)).toBe(false);
  });
});
