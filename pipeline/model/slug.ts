/**
 * The one length limit on slugs that become paths: article ids (`<id>.md`,
 * `articles/<id>/`), outlets' pages (`sources/<slug>/`) and topics' pages
 * (`topics/<id>/`). A file name holds at most 255 bytes on common file
 * systems and a temporary file adds to it, so a slug is kept to
 * MAX_SLUG_BYTES bytes of UTF-8.
 */
import { sha256 } from "./hash.ts";

export const MAX_SLUG_BYTES = 120;

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

export const fitsPath = (slug: string): boolean => bytes(slug) <= MAX_SLUG_BYTES;

/**
 * A slug cut to the limit, never inside a character; a cut one ends in a hash
 * of the whole, so two long slugs that share their start stay apart, and the
 * same slug is always cut the same way.
 */
export function boundedSlug(slug: string): string {
  if (fitsPath(slug)) return slug;
  const mark = `-${sha256(slug).slice(0, 8)}`;
  let head = "";
  let size = 0;
  for (const character of slug) {
    size += bytes(character);
    if (size > MAX_SLUG_BYTES - mark.length) break;
    head += character;
  }
  return `${head.replace(/-+$/, "")}${mark}`;
}
