/**
 * The name a new raw file is stored under: readable (a slug of the name it
 * came with), confined to the raw folder (no directory part survives), and
 * never one that is already taken.
 */
import slugify from "@sindresorhus/slugify";

/** Extensions the normalizer reads as they are; anything else is stored as text. */
const KEPT_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);
const MAX_STEM = 60;

export function rawFileName(hint: string, taken: Iterable<string>, fallbackExtension = ".txt"): string {
  const base = hint.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 ? base.slice(dot).toLowerCase() : "";
  const stem = slugify(dot > 0 ? base.slice(0, dot) : base).slice(0, MAX_STEM).replace(/-+$/, "") || "article";
  const kept = KEPT_EXTENSIONS.has(extension) ? extension : fallbackExtension;
  // Case-insensitive, so two names never clash on macOS or Windows checkouts.
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? "" : `-${n}`}${kept}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
