/** The file system edge of the corpus: listing, reading what was written, and writing safely. */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  type Stats,
} from "node:fs";
import { basename, join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { threadId } from "node:worker_threads";
import type { TextOrBytes } from "../model/bytes.ts";
import { DossierError, systemReason } from "../model/errors.ts";
import { fail, type Message } from "../model/messages.ts";
import { hasIntactHash } from "../article/render/article.ts";

/** A file's metadata when it was last read or written. */
export interface FileStat {
  size: number;
  mtime: number;
  ctime: number;
}

export const fileStat = (stats: Stats): FileStat => ({ size: stats.size, mtime: stats.mtimeMs, ctime: stats.ctimeMs });

/**
 * Every visible entry of the raw folder, in a stable order. The folder is a
 * boundary: only its regular files are read (`statRaw`, `readRaw`), and a
 * symbolic link is never followed, so nothing from outside can be published.
 */
export function listRaw(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => !name.startsWith(".")).sort();
  } catch (cause) {
    throw new DossierError(dir, "corpus:unreadable", `the raw folder cannot be read (${systemReason(cause)})`, { cause });
  }
}

// Messages about a raw file name it inside the raw folder, as normalize's own messages and the report do.
const link = (file: string) =>
  fail(basename(file), "raw:link", "is a symbolic link, which is never followed: only regular files inside the raw folder are read; copy the file in instead");

function refusal(file: string, entry: Stats): Message | null {
  if (entry.isFile()) return null;
  if (entry.isSymbolicLink()) return link(file);
  const kind = entry.isDirectory() ? "a folder" : entry.isFIFO() ? "a named pipe" : entry.isSocket() ? "a socket" : "a device";
  return fail(basename(file), "raw:not-a-file", `is ${kind}, not a file; only regular files are read`);
}

const unreadable = (file: string, cause: unknown) =>
  (cause as NodeJS.ErrnoException).code === "ELOOP" ? link(file) : fail(basename(file), "raw:unreadable", `the file cannot be read (${systemReason(cause)})`);

/** A raw file's metadata, or why it is not read: the entry may have changed since it was listed. */
export function statRaw(file: string): FileStat | Message {
  try {
    const stats = lstatSync(file);
    return refusal(file, stats) ?? fileStat(stats);
  } catch (cause) {
    return unreadable(file, cause);
  }
}

/** A raw file's bytes, or why they cannot be read. */
export function readRaw(file: string): Buffer | Message {
  let fd: number;
  try {
    // Opened without following a link that replaced the file since it was listed, and without waiting on a pipe.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (cause) {
    return unreadable(file, cause);
  }
  try {
    return refusal(file, fstatSync(fd)) ?? readFileSync(fd);
  } catch (cause) {
    return unreadable(file, cause);
  } finally {
    closeSync(fd);
  }
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

const WRITE_CHUNK = 1 << 20;
const THREAD = threadId.toString(16).padStart(8, "0");

/** Write to a temporary file, then rename: a killed run never leaves half a file. */
export function writeAtomic(file: string, text: string | readonly TextOrBytes[]): void {
  // The process id tells the next run whether the writer is gone, so it can remove what it left; a thread writes one file at a time, so its id is the rest of a name no other writer uses meanwhile.
  const temporary = `${file}.${process.pid}.${THREAD}.tmp`;
  try {
    // Text in parts is written a megabyte or so at a time: one string could not hold a file of any size, and a write for each of many small parts costs more than the writing.
    if (typeof text === "string") writeFileSync(temporary, text);
    else {
      const fd = openSync(temporary, "w");
      try {
        let chunk = "";
        for (const part of text) {
          if (typeof part !== "string") {
            if (chunk) writeSync(fd, chunk);
            writeSync(fd, part);
            chunk = "";
            continue;
          }
          chunk += part;
          if (chunk.length < WRITE_CHUNK) continue;
          writeSync(fd, chunk);
          chunk = "";
        }
        if (chunk) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(temporary, file);
  } catch (cause) {
    rmSync(temporary, { force: true });
    throw new DossierError(file, "output:unwritable", `cannot be written (${systemReason(cause)})`, { cause });
  }
}

/**
 * Reads a UTF-8 file a megabyte or so at a time and gives it to `each` in
 * runs of whole lines, each but the last ending in "\n": together, the text.
 * A file of any size, where one string could not hold it.
 */
export function readInParts(file: string, each: (lines: string) => void): void {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(WRITE_CHUNK);
    const decoder = new StringDecoder("utf8");
    let rest = "";
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      const text = rest + (read === 0 ? decoder.end() : decoder.write(buffer.subarray(0, read)));
      if (read === 0) {
        if (text) each(text);
        return;
      }
      const end = text.lastIndexOf("\n") + 1;
      if (end > 0) each(text.slice(0, end));
      rest = text.slice(end);
    }
  } finally {
    closeSync(fd);
  }
}

/** A stretch of a file, in bytes. */
export interface ByteRange {
  start: number;
  bytes: number;
}

/** One stretch of a file, as text. */
export function readRange(file: string, { start, bytes }: ByteRange): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString("utf8", 0, readSync(fd, buffer, 0, bytes, start));
  } finally {
    closeSync(fd);
  }
}

// Stretches are asked for mostly in the file's order: one read serves many.
const RANGE_WINDOW = 4 << 20;

/**
 * Reads stretches of a file, a few megabytes at a time, for `each`; so what
 * is written again as it was need not be held meanwhile, nor decoded.
 */
export function withByteRanges<T>(file: string, each: (read: (range: ByteRange) => Buffer) => T): T {
  const fd = openSync(file, "r");
  let window = Buffer.alloc(0);
  let from = 0;
  try {
    return each(({ start, bytes }) => {
      if (start < from || start + bytes > from + window.length) {
        window = Buffer.alloc(Math.max(RANGE_WINDOW, bytes));
        window = window.subarray(0, readSync(fd, window, 0, window.length, start));
        from = start;
      }
      return window.subarray(start - from, start - from + bytes);
    });
  } finally {
    closeSync(fd);
  }
}

// Earlier versions named no process (`<file>.<hex>.tmp`): what they left is a leftover too.
const TEMPORARY = /\.(?:(\d+)\.)?[0-9a-f]{8}\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Temporary files of writers that were killed, in `dir`; those of a run still
 * going are its own. `of`, when given, names the only files whose temporary
 * files count, for a folder that holds other tools' files too.
 */
export function leftovers(dir: string, of?: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => {
      const match = TEMPORARY.exec(name);
      if (!match || (of && !of.includes(name.slice(0, match.index)))) return false;
      return match[1] === undefined || (Number(match[1]) !== process.pid && !isRunning(Number(match[1])));
    })
    .map((name) => join(dir, name));
}

export function removeFile(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch (cause) {
    throw new DossierError(file, "output:unwritable", `cannot be removed (${systemReason(cause)})`, { cause });
  }
}

export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (cause) {
    throw new DossierError(dir, "output:unwritable", `the folder cannot be created (${systemReason(cause)})`, { cause });
  }
}
