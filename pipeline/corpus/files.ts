/** The file system edge of the corpus: listing, reading what was written, and writing safely. */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { DossierError } from "../core/errors.ts";
import { hasIntactHash } from "../render/article.ts";
import { fileStat, type FileStat } from "./cache.ts";

/** Raw files are every visible regular file of the folder, in a stable order. */
export function listRaw(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    throw new DossierError(dir, "corpus:unreadable", "the raw folder cannot be read", { cause });
  }
  // Only a link needs a stat to tell whether it leads to a file.
  const isFile = (entry: Dirent) => entry.isFile() || (entry.isSymbolicLink() && statSync(join(dir, entry.name)).isFile());
  return entries.filter((entry) => !entry.name.startsWith(".") && isFile(entry)).map((entry) => entry.name).sort();
}

export interface WrittenArticle {
  file: string;
  id: string;
  raw: string;
  /** Read on first use: a file the cache vouches for is never read. */
  readonly text: string;
  /** False when someone edited the file after the pipeline wrote it. */
  intact: boolean;
  /** It points at another article (`duplicate_of`). */
  duplicate: boolean;
  stat: FileStat;
  /** The cache vouches for it: unchanged since this pipeline wrote it. */
  vouched: boolean;
}

/** What the cache recorded of a generated file, to take it as unchanged without reading it. */
export type Vouch = (name: string, stat: FileStat) => Pick<WrittenArticle, "id" | "raw" | "duplicate"> | null;

// The YAML writer folds a value longer than its line width (a long id) onto the next line as `>-`.
const field = (text: string, key: string) => new RegExp(`^${key}: (?:>-\\n +)?'?([^'\\n]+)'?$`, "m").exec(text)?.[1] ?? null;

/** A generated file the cache vouches for: its text is read only if asked for. */
class VouchedArticle implements WrittenArticle {
  readonly intact = true;
  readonly vouched = true;
  readonly raw: string;
  readonly id: string;
  readonly duplicate: boolean;
  #text: string | undefined;

  constructor(
    readonly file: string,
    readonly stat: FileStat,
    known: Pick<WrittenArticle, "id" | "raw" | "duplicate">,
  ) {
    ({ raw: this.raw, id: this.id, duplicate: this.duplicate } = known);
  }

  get text(): string {
    return (this.#text ??= readFileSync(this.file, "utf8"));
  }
}

/** Generated articles already in the output folder, by raw file name. */
export function readWritten(dir: string, vouch: Vouch = () => null): Map<string, WrittenArticle> {
  const written = new Map<string, WrittenArticle>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".md")).sort();
  } catch {
    return written;
  }
  for (const name of names) {
    const file = join(dir, name);
    const stat = fileStat(statSync(file));
    const known = vouch(name, stat);
    if (known) {
      written.set(known.raw, new VouchedArticle(file, stat, known));
      continue;
    }
    const text = readFileSync(file, "utf8");
    const id = field(text, "id");
    const raw = field(text, "raw")?.replace(/^corpus\/raw\//, "");
    if (id && raw) written.set(raw, { file, id, raw, text, intact: hasIntactHash(text), duplicate: /^duplicate_of: /m.test(text), stat, vouched: false });
  }
  return written;
}

/** Write to a temporary file, then rename: a killed run never leaves half a file. */
export function writeAtomic(file: string, text: string): void {
  const temporary = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (cause) {
    rmSync(temporary, { force: true });
    throw new DossierError(file, "output:unwritable", "the article could not be written", { cause });
  }
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}
