/** The merged developments → `developments.json`, one development per block, stamped with a hash of itself. */
import type { MergedDevelopment } from "../../model/developments.ts";
import { createHash } from "node:crypto";
import { PLACEHOLDER, stampParts } from "./stamp.ts";
import { isBetween, type TextOrBytes } from "../../model/bytes.ts";

const HASH_LINE = /^ {2}"output_sha256": "([0-9a-f]{64})",$/m;

// Merging builds every development in the schema's shape, so the file is not checked again here: the site and `check` read it against the schema.
// The file is in parts, a thousand developments each, the text `JSON.stringify({ output_sha256, developments }, null, 2)`
// gives: at 100,000 articles it is some 370 MB, which as one string, made and then stamped, the heap could not hold.
const PART = 1000;

// Each development is an object indented four spaces, closed by a brace four spaces in and a comma or the list's end.
const CLOSE = "\n    }";

/** One development as the file lays it out: an object of the list, four spaces in. */
export const developmentBlock = (development: MergedDevelopment) => `    ${JSON.stringify(development, null, 2).replaceAll("\n", "\n    ")}`;

const SEPARATOR = Buffer.from(",\n");
const LAST = Buffer.from("\n");

/**
 * The file's text in parts, each item's block given by `blockOf`, as text or
 * as the bytes a file had it in, and where each block stands in the text, in
 * bytes, in the order of `items`.
 */
export function renderBlocks<T>(items: readonly T[], blockOf: (item: T) => TextOrBytes): { parts: TextOrBytes[]; blocks: { start: number; bytes: number }[] } {
  const head = `{\n  "output_sha256": "${PLACEHOLDER}",\n  "developments": [`;
  if (items.length === 0) return { parts: stampParts([`${head}]\n}\n`]), blocks: [] };
  const parts: TextOrBytes[] = [`${head}\n`];
  const blocks: { start: number; bytes: number }[] = [];
  // The stamp takes its placeholder's place, as long: no block moves.
  let start = Buffer.byteLength(`${head}\n`);
  for (let at = 0; at < items.length; at += PART) {
    const texts = items.slice(at, at + PART).map(blockOf);
    for (const text of texts) {
      const bytes = typeof text === "string" ? Buffer.byteLength(text) : text.length;
      blocks.push({ start, bytes });
      start += bytes + SEPARATOR.length;
    }
    const more = at + PART < items.length;
    if (texts.every((text) => typeof text === "string")) parts.push(`${texts.join(",\n")}${more ? "," : ""}\n`);
    else parts.push(Buffer.concat(texts.flatMap((text, i) => [typeof text === "string" ? Buffer.from(text) : text, more || i < texts.length - 1 ? SEPARATOR : LAST])));
  }
  parts.push("  ]\n}\n");
  return { parts: stampParts(parts), blocks };
}

/**
 * The file's text in parts. `asWritten` gives the text a development was read
 * from, for one the merge kept as the file had it: only the others are
 * written out again.
 */
export function renderDevelopments(developments: MergedDevelopment[], asWritten: (development: MergedDevelopment) => string | undefined = () => undefined): string[] {
  // Every block is text, so every part is.
  return renderBlocks(developments, (development) => asWritten(development) ?? developmentBlock(development)).parts as string[];
}

/** Whether `block`, read from where a file had the development `id`, is still its block there: the file may have changed since. */
export const isBlockOf = (id: string, block: TextOrBytes): boolean => isBetween(block, `    {\n      "id": ${JSON.stringify(id)},`, CLOSE);

/** A developments file as read part by part: its hash and whether its stamp holds, when asked for, and what it lists. */
export interface ReadDevelopments {
  hash: { sha256: string; intact: boolean } | null;
  /** Each development as JSON gives it, unchecked; null when the text is not laid out as `renderDevelopments` lays it out. */
  developments: unknown[] | null;
  /** Where the text of each of `developments` stands in the file, in bytes, when asked for. */
  blocks: { start: number; bytes: number }[] | null;
}

const HEAD = /^\{\n {2}"output_sha256": "[0-9a-f]{64}",\n {2}"developments": \[(\]\n\}\n$|\n)/;

/**
 * Reads a developments file given in runs of whole lines, in order
 * (`readInParts`): at 100,000 articles it is some 370 MB, more than one
 * string should hold. A stamped file this code wrote is laid out as
 * `renderDevelopments` lays it out, a development at a time; `withBlocks`
 * keeps where each one's text stands too, to be written again as it was.
 */
export function developmentsReader(hashed = true, withBlocks = false): { read(lines: string): void; result(): ReadDevelopments } {
  const whole = createHash("sha256");
  const stamped = createHash("sha256");
  let stamp: string | null = null;
  let pending = "";
  let started = false;
  let empty = false;
  let ended = false;
  let developments: unknown[] | null = [];
  const blocks: { start: number; bytes: number }[] = [];
  // Bytes of the file before `pending`.
  let passed = 0;
  const pass = (chars: number) => {
    if (withBlocks) passed += Buffer.byteLength(pending.slice(0, chars));
    pending = pending.slice(chars);
  };
  const take = () => {
    if (!started) {
      // The head is the first three lines, or this is not such a file.
      const head = HEAD.exec(pending);
      if (!head) return void (pending.split("\n", 4).length > 3 && (developments = null));
      started = true;
      ended = empty = head[1] !== "\n";
      pass(head[0].length);
    }
    while (!ended) {
      const close = pending.indexOf(CLOSE);
      if (close < 0 || pending.length < close + CLOSE.length + 1) return;
      const text = pending.slice(0, close + CLOSE.length);
      try {
        developments!.push(JSON.parse(text));
        if (withBlocks) blocks.push({ start: passed, bytes: Buffer.byteLength(text) });
      } catch {
        return void (developments = null);
      }
      ended = pending[close + CLOSE.length] === "\n";
      pass(close + CLOSE.length + (ended ? 0 : 2));
    }
  };
  const hashLines = (lines: string) => {
    whole.update(lines);
    if (stamp === null) {
      // The hash field is on the second line: in the first run of lines, whose first line is the opening brace.
      const match = HASH_LINE.exec(lines);
      stamp = match?.[1] ?? "";
      stamped.update(match ? lines.replace(stamp, PLACEHOLDER) : lines);
    } else stamped.update(lines);
  };
  return {
    read(lines) {
      if (hashed) hashLines(lines);
      if (developments === null) return;
      pending += lines;
      take();
    },
    result() {
      const laidOut = developments !== null && ended && pending === (empty ? "" : "\n  ]\n}\n");
      const hash = hashed ? { sha256: whole.digest("hex"), intact: stamp !== null && stamp !== "" && stamped.digest("hex") === stamp } : null;
      return { hash, developments: laidOut ? developments : null, blocks: laidOut && withBlocks ? blocks : null };
    },
  };
}

