/**
 * How large a raw file may be, and the rejection of one that is larger: read
 * before any file is, so that checking sizes loads no reader.
 */
import { fail, type Message } from "../../model/messages.ts";

const MiB = 1024 * 1024;
/** Larger text files are almost certainly not a single article (a saved site, a dump). */
export const MAX_RAW_BYTES = 2 * MiB;
/** A saved page carries its scripts, styles and markup besides the article, and long real pages reach 5 MiB. */
export const MAX_HTML_BYTES = 8 * MiB;

export const isHtmlName = (name: string) => /\.html?$/i.test(name);

/** The size a raw file may have: a page more than a text. */
export const sizeLimitOf = (name: string) => (isHtmlName(name) ? MAX_HTML_BYTES : MAX_RAW_BYTES);

/** The rejection of a file larger than its limit. */
export const tooLarge = (file: string, size: number, limit: number): Message =>
  fail(file, "decode:too-large", `the file has ${size} bytes; the limit is ${limit} (${limit / MiB} MiB)`);
