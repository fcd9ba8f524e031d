/** Text held either as a string or as the UTF-8 bytes a file had it in, copied from a file without being decoded. */
export type TextOrBytes = string | Uint8Array;

/** Whether the text opens with `opening` and closes with `closing`: a stretch read back from a file still holds what it held. */
export function isBetween(text: TextOrBytes, opening: string, closing: string): boolean {
  if (typeof text === "string") return text.length >= opening.length + closing.length && text.startsWith(opening) && text.endsWith(closing);
  const bytes = Buffer.from(text.buffer, text.byteOffset, text.length);
  const [open, close] = [Buffer.from(opening), Buffer.from(closing)];
  return bytes.length >= open.length + close.length && bytes.subarray(0, open.length).equals(open) && bytes.subarray(bytes.length - close.length).equals(close);
}
