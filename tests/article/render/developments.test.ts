import { describe, expect, it } from "vitest";
import { hasIntactDevelopments, renderDevelopments } from "../../../pipeline/article/render/developments.ts";
import { PLACEHOLDER, stamp } from "../../../pipeline/article/render/stamp.ts";
import type { MergedDevelopment } from "../../../pipeline/model/developments.ts";

const development = (id: string, text: string): MergedDevelopment => ({
  id,
  date: "2024-03-14",
  precision: "day",
  text,
  topics: ["doha-talks"],
  background: false,
  sources: [{ article: "2024-03-15-doha-talks", title: "Talks in Doha", source: "Wire", url: null, text }],
  date_from: "2024-03-15-doha-talks",
  entities: ["qatar", "taliban"],
});

/** The file as one string, written the plain way. */
const whole = (developments: MergedDevelopment[]) => stamp(`${JSON.stringify({ output_sha256: PLACEHOLDER, developments }, null, 2)}\n`);

describe("renderDevelopments", () => {
  it.each([
    ["no development", []],
    ["one", [development("dev-1", "US officials met Taliban envoys in Doha.")]],
    ["several, with quotes, a line break and letters of other scripts", [development("dev-1", 'Le Qatar a dit « oui »\nà Doha.'), development("dev-2", "قطر \"talks\" \\ resumed"), development("dev-3", "Treffen in Doha.")]],
    ["more than a part holds", Array.from({ length: 2500 }, (_, at) => development(`dev-${at}`, `Meeting ${at} in Doha.`))],
  ])("writes in parts the text of the whole list, stamped: %s", (_, developments) => {
    const parts = renderDevelopments(developments as MergedDevelopment[]);
    expect(parts.join("")).toBe(whole(developments as MergedDevelopment[]));
    expect(hasIntactDevelopments(parts.join(""))).toBe(true);
  });

  it("holds a thousand developments at most in a part", () => {
    const parts = renderDevelopments(Array.from({ length: 2500 }, (_, at) => development(`dev-${at}`, `Meeting ${at} in Doha.`)));
    expect(parts.length).toBe(5);
    expect(parts.map((part) => (part.match(/^ {4}\{$/gm) ?? []).length)).toEqual([0, 1000, 1000, 500, 0]);
  });

  it("is noticed as edited when a development's text is changed by hand", () => {
    const text = renderDevelopments([development("dev-1", "US officials met Taliban envoys in Doha.")]).join("");
    expect(hasIntactDevelopments(text.replace("met Taliban", "met the Taliban"))).toBe(false);
  });
});
