/** Writing a new raw file: the user's corrections as front matter on top, never over an existing file. */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import { DossierError } from "../../model/errors.ts";
import type { Overrides } from "../../model/schema.ts";
import { splitOverrides } from "../../article/read/overrides.ts";

/**
 * The bytes to store: unchanged without corrections; otherwise one front
 * matter block, merged with the block the text may already open with.
 * `file` names the input in the messages, which adding does not print.
 */
export function withOverrides(file: string, bytes: Uint8Array, overrides: Overrides): Uint8Array {
  if (Object.keys(overrides).length === 0) return bytes;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return concat(block(overrides), bytes);
  }
  const split = splitOverrides(file, text.replace(/\r\n?/g, "\n")).value;
  const own = Object.keys(split.overrides).length > 0;
  return concat(block({ ...split.overrides, ...overrides }), own ? new TextEncoder().encode(split.text) : bytes);
}

const block = (overrides: Overrides) => new TextEncoder().encode(`---\n${stringify(overrides)}---\n`);
const concat = (head: Uint8Array, tail: Uint8Array) => Buffer.concat([head, tail]);

/** Writes `name` inside `dir`; refuses a name that would leave it or an existing file. */
export function writeRawFile(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  if (dirname(resolve(file)) !== resolve(dir)) {
    throw new DossierError(name, "add:unsafe-name", `the name would place the file outside ${dir}`);
  }
  try {
    writeFileSync(file, bytes, { flag: "wx" });
  } catch (cause) {
    const exists = (cause as NodeJS.ErrnoException).code === "EEXIST";
    throw new DossierError(file, exists ? "add:exists" : "add:unwritable", exists ? "already exists and is left as it is" : "cannot be written", { cause });
  }
  return file;
}
