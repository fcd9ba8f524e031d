/** Raw bytes → text: detects the encoding and removes what XML cannot carry. */
import iconv from "iconv-lite";
import type { DecodedText } from "../../model/types.ts";
import { fail, type Extracted, type Message } from "../../model/messages.ts";
import { withoutControls } from "../../model/controls.ts";
import { MAX_RAW_BYTES, tooLarge } from "./limits.ts";


/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII-heavy text. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512));
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  const half = sample.length / 2;
  if (oddNul > half * 0.4 && evenNul === 0) return "utf-16le";
  if (evenNul > half * 0.4 && oddNul === 0) return "utf-16be";
  return null;
}

/** UTF-8 with a few stray Windows-1252 bytes, as when text from two sources is pasted into one file. */
const MIXED = "utf-8+windows-1252";
const UTF8_SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/g;
const asLatin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");

/** More well-formed UTF-8 sequences than stray high bytes: a Windows-1252 text rarely forms even one. */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  const latin = asLatin1(bytes);
  const sequences = latin.match(UTF8_SEQUENCE)?.length ?? 0;
  const stray = latin.replace(UTF8_SEQUENCE, "").match(/[\x80-\xFF]/g)?.length ?? 0;
  return sequences > stray;
}

/** Each UTF-8 sequence as UTF-8, each stray byte as Windows-1252. */
function decodeMixed(bytes: Uint8Array): string {
  const pattern = new RegExp(`${UTF8_SEQUENCE.source}|[\\x80-\\xFF]`, "g");
  return asLatin1(bytes).replace(pattern, (match) =>
    iconv.decode(Buffer.from(match, "latin1"), match.length > 1 ? "utf-8" : "windows-1252"),
  );
}

/** The encoding, the bytes of a BOM to skip, and for UTF-8 without one the text itself: telling it is UTF-8 decodes it. */
function detectEncoding(bytes: Uint8Array): { encoding: string; skip: number; text?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { encoding: utf16, skip: 0 };
  try {
    return { encoding: "utf-8", skip: 0, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: Windows-1252 is what legacy French and German pages use, and a superset of Latin-1's printable range.
    return { encoding: isMostlyUtf8(bytes) ? MIXED : "windows-1252", skip: 0 };
  }
}

/** The text without the NULs that pad its end; a pattern anchored at the end would be tried at every character. */
function withoutTrailingNuls(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  return text.slice(0, end);
}

/** Share of characters that are control characters other than whitespace: high for binary files. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls / text.length;
}

/** The clean-up every decoded text gets: LF line ends, no control characters, plain spaces, NFC. */
export function cleanDecoded(text: string): string {
  return withoutControls(text.replace(/\r\n?/g, "\n")).replace(/\u00A0/g, " ").normalize("NFC");
}

/** `file` names the file in the messages. */
export function decodeRaw(file: string, bytes: Uint8Array, limit = MAX_RAW_BYTES): Extracted<DecodedText | null> {
  const rejected = (message: Message) => ({ value: null, messages: [message] });
  if (bytes.length === 0) return rejected(fail(file, "decode:empty", "the file is empty"));
  if (bytes.length > limit) return rejected(tooLarge(file, bytes.length, limit));
  const { encoding, skip, text: utf8 } = detectEncoding(bytes);
  const body = bytes.subarray(skip);
  let decoded: string;
  if (encoding.startsWith("utf-16")) {
    // A fatal decoder notices an odd byte count or a broken surrogate pair; iconv-lite drops them silently.
    try {
      decoded = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      return rejected(fail(file, "decode:unreadable", `the file looks like ${encoding} but does not decode as it`));
    }
  } else {
    decoded = utf8 ?? (encoding === MIXED ? decodeMixed(body) : iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), encoding));
    // A stray NUL or NUL padding after the text does not make a file binary; a share of control characters does.
    if (controlRatio(withoutTrailingNuls(decoded)) > 0.05) {
      return rejected(fail(file, "decode:binary", "the file is binary, not text"));
    }
  }
  const text = cleanDecoded(decoded);
  if (text.trim() === "") return rejected(fail(file, "decode:empty", "the file holds only white space"));
  return { value: { text, encoding }, messages: [] };
}
