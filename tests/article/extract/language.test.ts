import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../pipeline/article/extract/language.ts";

/** The file the messages name. */
const FILE = "article.txt";

describe("detectLanguage", () => {
  it.each([
    ["en", "Qatar is scrambling to persuade the Taliban to stop the offensive as militant groups advanced towards the gates of Kabul after occupying the eastern city of Jalalabad on Sunday."],
    ["fr", "L'administration américaine coordonne avec le Qatar les questions abordées lors des pourparlers, qui, selon diverses sources, comprennent la levée des interdictions relatives à l'éducation."],
    ["de", "Die Gespräche über Flüchtlinge sollen am Wochenende in Doha beginnen, teilte das Auswärtige Amt in Berlin am Freitag mit. Eine Delegation der Taliban werde erwartet."],
    ["es", "Catar intenta convencer a los talibanes de que detengan la ofensiva mientras los grupos armados avanzan hacia las puertas de Kabul, según fuentes diplomáticas."],
  ])("detects %s in a news paragraph without warnings", (language, text) => {
    expect(detectLanguage(FILE, text)).toEqual({ value: language, messages: [] });
  });

  it("detects the language of a long text from its beginning", () => {
    const french = "Le Qatar a été la puissance protectrice des États-Unis dans les relations avec Kaboul. ".repeat(60);
    expect(detectLanguage(FILE, french).value).toBe("fr");
  });

  it("assumes English with a warning when there is nothing to detect", () => {
    expect(detectLanguage(FILE, "2021 — 13:24 — 06/05/2023")).toEqual({ value: "en", messages: [expect.objectContaining({ rule: "language:unknown", fatal: false })] });
  });

  it("warns when a guess rests on too little text", () => {
    const { messages } = detectLanguage(FILE, "Doha");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.rule).toMatch(/^language:(uncertain|unknown)$/);
  });
});
