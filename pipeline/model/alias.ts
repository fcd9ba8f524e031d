import { withoutAccents } from "../article/text/accents.ts";

/** How names are compared: accents dropped, spaces and hyphens alike. */
export function foldAccents(text: string): string {
  return withoutAccents(text).normalize("NFC");
}

/** The form two spellings share when they are the same name ("al-Thani", "Al Thani"). */
export function aliasKey(spelling: string): string {
  return foldAccents(spelling).toLowerCase().replace(/[’]/g, "'").replace(/[\s\-‐‑–]+/g, " ").trim();
}

/** A name in capitals only (US, UN, ISIS) is an acronym and must match in capitals, so "us" and "un" stay words. */
export function isAcronym(spelling: string): boolean {
  return /\p{Lu}/u.test(spelling) && !/\p{Ll}/u.test(spelling);
}
