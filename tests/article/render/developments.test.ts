import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { developmentBlock, developmentsReader, isBlockOf, renderBlocks, renderDevelopments } from "../../../pipeline/article/render/developments.ts";
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

/** `text` read back in runs of whole lines of about `size` characters, as a file is read in parts. */
function readBack(text: string, size: number) {
  const reader = developmentsReader(true, true);
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf("\n", Math.min(at + size, text.length - 1)) + 1 || text.length;
    reader.read(text.slice(at, end));
    at = end;
  }
  return reader.result();
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

describe("renderDevelopments", () => {
  it.each([
    ["no development", []],
    ["one", [development("dev-1", "US officials met Taliban envoys in Doha.")]],
    ["several, with quotes, a line break and letters of other scripts", [development("dev-1", 'Le Qatar a dit « oui »\nà Doha.'), development("dev-2", "قطر \"talks\" \\ resumed"), development("dev-3", "Treffen in Doha.")]],
    ["more than a part holds", Array.from({ length: 2500 }, (_, at) => development(`dev-${at}`, `Meeting ${at} in Doha.`))],
  ])("writes in parts the text of the whole list, stamped: %s", (_, developments) => {
    const parts = renderDevelopments(developments as MergedDevelopment[]);
    expect(parts.join("")).toBe(whole(developments as MergedDevelopment[]));
    expect(readBack(parts.join(""), 1 << 20).hash!.intact).toBe(true);
  });

  it("holds a thousand developments at most in a part", () => {
    const parts = renderDevelopments(Array.from({ length: 2500 }, (_, at) => development(`dev-${at}`, `Meeting ${at} in Doha.`)));
    expect(parts.length).toBe(5);
    expect(parts.map((part) => (part.match(/^ {4}\{$/gm) ?? []).length)).toEqual([0, 1000, 1000, 500, 0]);
  });

  it("writes the text a development was read from when given one, and the others afresh", () => {
    const developments = [development("dev-1", "US officials met Taliban envoys in Doha."), development("dev-2", "Treffen in Doha.")];
    const kept = `    ${JSON.stringify(developments[0], null, 2).replaceAll("\n", "\n    ")}`;
    const asWritten = (given: MergedDevelopment) => (given === developments[0] ? kept.replace("US officials", "American officials") : undefined);
    const text = renderDevelopments(developments, asWritten).join("");
    expect(text).toContain("American officials met");
    expect(text).toContain('"text": "Treffen in Doha."');
    expect(readBack(text, 1 << 20).hash!.intact).toBe(true);
  });

  it("tells a development's block from another's, or from a stretch the file no longer holds whole, as text and as bytes", () => {
    const [one, two] = [development("dev-1", "US officials met Taliban envoys in Doha."), development("dev-2", "Treffen in Doha.")];
    const text = renderDevelopments([one, two]).join("");
    const block = text.slice(text.indexOf("    {"), text.indexOf("\n    }") + 6);
    for (const given of [block, Buffer.from(block)]) {
      expect(isBlockOf(one.id, given)).toBe(true);
      expect(isBlockOf(two.id, given)).toBe(false);
      expect(isBlockOf(one.id, given.slice(0, -3))).toBe(false);
    }
    expect(isBlockOf(one.id, "")).toBe(false);
  });

  it.each([1, 999, 1000, 1001, 2500])("writes blocks given as bytes as it writes them as text, and says where each stands: %i developments", (count) => {
    const developments = Array.from({ length: count }, (_, at) => development(`dev-${at}`, at % 3 ? `Meeting ${at} in Doha.` : "Le Qatar a dit « oui » à Doha."));
    const text = renderDevelopments(developments).join("");
    // Every third as the bytes a file had it in.
    const mixed = renderBlocks(developments, (d) => (Number(d.id.slice(4)) % 3 ? developmentBlock(d) : Buffer.from(developmentBlock(d))));
    const bytes = Buffer.concat(mixed.parts.map((part) => (typeof part === "string" ? Buffer.from(part) : part)));
    expect(bytes.toString("utf8")).toBe(text);
    expect(mixed.blocks.map(({ start, bytes: length }) => bytes.toString("utf8", start, start + length))).toEqual(developments.map(developmentBlock));
  });

  it("is noticed as edited when a development's text is changed by hand", () => {
    const text = renderDevelopments([development("dev-1", "US officials met Taliban envoys in Doha.")]).join("");
    expect(readBack(text.replace("met Taliban", "met the Taliban"), 1 << 20).hash!.intact).toBe(false);
  });
});

describe("developmentsReader", () => {
  const many = Array.from({ length: 2500 }, (_, at) => development(`dev-${at}`, at % 2 ? `Meeting ${at} in Doha, "quoted" {braced}.` : "Le Qatar a dit « oui »\nà Doha.\n    }"));
  it.each([
    ["no development", []],
    ["one", [development("dev-1", "US officials met Taliban envoys in Doha.")]],
    ["2,500, in runs of 50 characters", many, 50],
    ["2,500, in runs of a megabyte", many, 1 << 20],
  ])("reads back what was written, development by development: %s", (_, developments, size = 1 << 20) => {
    const text = renderDevelopments(developments as MergedDevelopment[]).join("");
    const read = readBack(text, size as number);
    expect(read.hash).toEqual({ sha256: sha(text), intact: true });
    expect(read.developments).toEqual(developments);
    // Where each development's text stands in the file: the file is those, in its frame.
    const bytes = Buffer.from(text);
    const texts = new Map(read.developments!.map((development, at) => [development, bytes.toString("utf8", read.blocks![at]!.start, read.blocks![at]!.start + read.blocks![at]!.bytes)]));
    for (const [development, block] of texts) expect(isBlockOf((development as MergedDevelopment).id, block)).toBe(true);
    expect(renderDevelopments(read.developments as MergedDevelopment[], (development) => texts.get(development)).join("")).toBe(text);
  });
  it("hashes only when asked to", () => {
    const reader = developmentsReader(false);
    reader.read(renderDevelopments(many.slice(0, 2)).join(""));
    expect(reader.result()).toEqual({ hash: null, developments: many.slice(0, 2), blocks: null });
  });
  it("notices a hand edit, and still reads what the file lists", () => {
    const text = renderDevelopments(many).join("").replace("Meeting 7 in", "Meeting seven in");
    const read = readBack(text, 4096);
    expect(read.hash!.intact).toBe(false);
    expect(read.hash!.sha256).toBe(sha(text));
    expect((read.developments![7] as MergedDevelopment).text).toContain("Meeting seven in");
  });
  it.each([
    ["laid out otherwise", (text: string) => JSON.stringify(JSON.parse(text))],
    ["cut short", (text: string) => text.slice(0, text.lastIndexOf("    {"))],
    ["with a development that is no JSON", (text: string) => text.replace('"precision": "day",', '"precision": day,')],
  ])("reads no developments from a file %s", (_, change) => {
    const read = readBack(change(renderDevelopments(many.slice(0, 3)).join("")), 100);
    expect(read.developments).toBeNull();
    expect(read.hash!.intact).toBe(false);
  });
});
