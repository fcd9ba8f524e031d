/**
 * The corpus's merged developments file: every article's developments merged
 * across sources (`developments/merge.ts`), written atomically beside the
 * articles, ids carried forward from the file as it was. What merging needs
 * of each article is kept between runs, by the article file's hash, so a run
 * reads only the articles it wrote, with the reports each development was
 * made of, so only what the changed articles touch is merged again.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { EntityTable } from "../../model/entities.ts";
import { parseDevelopmentItems, parseDevelopments, type MergedDevelopment } from "../../model/developments.ts";
import { DossierError } from "../../model/errors.ts";
import { readFrontMatter } from "../../model/front-matter.ts";
import { sha256, sha256Parts } from "../../model/hash.ts";
import { fail, type Message } from "../../model/messages.ts";
import { frontMatterSchema, type FrontMatter } from "../../model/schema.ts";
import { isBetween, type TextOrBytes } from "../../model/bytes.ts";
import { compareText } from "../../model/compare.ts";
import { isPrevious, merge, type Earlier, type Membership } from "./merge.ts";
import { previousOf, type Previous } from "./identity.ts";
import { articleOfKey, withEntities, type MergeArticle } from "./reports.ts";
import { developmentBlock, developmentsReader, isBlockOf, renderBlocks, type ReadDevelopments } from "../../article/render/developments.ts";
import { bodyParagraphs } from "../../article/render/markdown.ts";
import { cacheStamp, isUnchanged } from "../cache.ts";
import { fileStat, leftovers, readInParts, readRange, removeFile, withByteRanges, writeAtomic, type ByteRange, type FileStat } from "../files.ts";

export interface DevelopmentsOptions {
  /** The developments file, e.g. `corpus/developments.json`. */
  file: string;
  entities: EntityTable;
  /** Text of the entity table, for the cache. */
  entitiesText: string;
}

/** A generated article the developments are merged from. */
export interface MergedFrom {
  file: string;
  output_sha256: string;
  /** What merging reads of it, when this run has it at hand: the file is then not read. */
  mergeInput?: MergeArticle;
}

export interface DevelopmentsReport {
  file: string;
  written: boolean;
  messages: Message[];
}

/**
 * The merge cache's first line is this header, enough to tell that nothing
 * changed; the lines after it hold the `MergeCacheBody`, read only when
 * something did.
 */
interface MergeCacheHead {
  stamp: string;
  /** When the cache was written (its file's change time), 0 when there is none. */
  time?: number;
  /** The developments file as this cache last wrote it. */
  written: { sha256: string; stat: FileStat } | null;
  /** Hash of the article hashes merged, in order. */
  inputs: string;
}

/** A development of the written file as the cache describes it: the reports it was made of, and where it stands in the file. */
interface WrittenMembership extends Membership {
  block: ByteRange;
}

interface MergeCacheBody {
  /** What merging reads of each article, by the hash of the article file. */
  articles: Record<string, MergeArticle>;
  memberships: WrittenMembership[];
  /** Each line of `articles` as read, by the first characters of its hashes: written again as it was while it holds the same articles. */
  lines: Map<string, ArticlesLine>;
}

/** A line of the cache's articles: the hashes it holds, in order, and where its text stands in the file. */
interface ArticlesLine {
  hashes: string[];
  text: ByteRange;
}

const CACHE_FILE = ".dossier-developments-cache.json";
const EMPTY_BODY: MergeCacheBody = { articles: {}, memberships: [], lines: new Map() };

// The header line is short: read it without reading the articles after it.
function readFirstLine(file: string): string {
  const fd = openSync(file, "r");
  try {
    let text = "";
    const buffer = Buffer.alloc(4096);
    for (let at = 0; ; ) {
      const read = readSync(fd, buffer, 0, buffer.length, at);
      const chunk = buffer.toString("latin1", 0, read);
      const end = chunk.indexOf("\n");
      if (end >= 0 || read === 0) return text + (end >= 0 ? chunk.slice(0, end) : chunk);
      text += chunk;
      at += read;
    }
  } finally {
    closeSync(fd);
  }
}

function readMergeCacheHead(file: string, stamp: string): MergeCacheHead | null {
  try {
    const time = statSync(file).ctimeMs;
    const head = JSON.parse(readFirstLine(file)) as MergeCacheHead;
    if (head.stamp === stamp && typeof head.inputs === "string") return { ...head, time };
  } catch {
    // No cache, or an unreadable one: every article is read again.
  }
  return null;
}

// The body is written a line for each share of the articles (`lineOf` their hashes) and each thousand memberships (`writeMergeCache`), and read so: at 100,000 articles it is some 280 MB.
const ARTICLES = '{"articles":{';
const MEMBERSHIPS = '},"memberships":[';
const END = "]}";

function readMergeCacheBody(file: string): MergeCacheBody {
  const body: MergeCacheBody = { articles: {}, memberships: [], lines: new Map() };
  // Past the header, then past each of the three lines that open or close a list.
  const marks = [ARTICLES, MEMBERSHIPS, END];
  let passed = -1;
  const item = (line: string) => (line.startsWith(",") ? line.slice(1) : line);
  // Bytes of the file before the line read.
  let start = 0;
  try {
    readInParts(file, (lines) => {
      const all = lines.split("\n");
      for (let i = 0; i < all.length; i++) {
        const line = all[i]!;
        const [at, bytes] = [start, Buffer.byteLength(line)];
        // A run ends with a line's end, after which `split` gives an empty last part.
        start += bytes + (i < all.length - 1 ? 1 : 0);
        if (line === "") continue;
        if (passed === -1 || line === marks[passed]) passed++;
        else if (passed === 1) {
          const text = item(line);
          const articles = JSON.parse(`{${text}}`) as Record<string, MergeArticle>;
          const hashes = Object.keys(articles);
          Object.assign(body.articles, articles);
          const comma = text.length < line.length ? 1 : 0;
          if (hashes.length > 0) body.lines.set(lineOf(hashes[0]!), { hashes, text: { start: at + comma, bytes: bytes - comma } });
        } else if (passed === 2) body.memberships.push(...(JSON.parse(`[${item(line)}]`) as WrittenMembership[]));
        else throw new Error("not a merge cache");
      }
    });
  } catch {
    // No cache, or an unreadable one: every article is read again.
    return EMPTY_BODY;
  }
  return passed === marks.length ? body : EMPTY_BODY;
}

/** What merging reads of an article, from its front matter and body as written. */
export function mergeInputOf(frontMatter: FrontMatter, body: string, table: EntityTable): MergeArticle {
  const { id, title, source, url, published, language, topics, developments, unresolved, duplicate_of } = frontMatter;
  const article = { id, title, source, url, published, language, topics, developments, ...(unresolved ? { unresolved } : {}), ...(duplicate_of ? { duplicate_of } : {}) };
  return withEntities(article, table, bodyParagraphs(body));
}

function readMergeArticle(file: string, table: EntityTable): MergeArticle | null {
  const { data, content } = readFrontMatter(readFileSync(file, "utf8"));
  const parsed = frontMatterSchema.safeParse(data);
  return parsed.success ? mergeInputOf(parsed.data, content, table) : null;
}

/** The developments file as it stands, read in parts; `hashed` when its hash and stamp are asked for, `withBlocks` where each development stands in it. */
export function readDevelopmentsFile(file: string, hashed = true, withBlocks = false): ReadDevelopments {
  const reader = developmentsReader(hashed, withBlocks);
  readInParts(file, reader.read);
  return reader.result();
}

/**
 * Merges the developments of `articles` into the developments file, unless
 * nothing it depends on changed; `force` reads every article again. A file
 * edited by hand is left as it is and reported.
 */
export function writeDevelopments(options: DevelopmentsOptions, articles: MergedFrom[], { sources, force }: { sources: string; force: boolean }): DevelopmentsReport {
  const { file, entities } = options;
  const cacheFile = join(dirname(file), CACHE_FILE);
  for (const left of leftovers(dirname(file), [basename(file), CACHE_FILE])) removeFile(left);
  const stamp = cacheStamp(sources, options.entitiesText);
  const inputs = sha256(articles.map((article) => article.output_sha256).join("\n"));
  const head = force ? null : readMergeCacheHead(cacheFile, stamp);
  const present = existsSync(file) ? { stat: fileStat(statSync(file)) } : null;
  const vouched = present && head?.written && isUnchanged(head.written.stat, present.stat, head.time ?? 0);
  if (vouched && head.inputs === inputs) return { file, written: false, messages: [] };
  const body = head ? readMergeCacheBody(cacheFile) : EMPTY_BODY;
  // A file the cache vouches for is as it wrote it, each development where the cache says: it is not read.
  const described = vouched && body !== EMPTY_BODY;
  // Otherwise its hash is known when the cache vouches for it; its developments' places are noted to write them again after a merge of what changed, which needs this cache's file.
  const standing = present && !described ? readDevelopmentsFile(file, !vouched, head?.written != null) : null;
  if (standing && !vouched && !standing.hash!.intact) {
    return { file, written: false, messages: [fail(file, "output:hand-edited", `${file} was edited by hand and is left as it is; correct developments in the raw files' front matter and delete this file`)] };
  }

  const inputsNow: MergeArticle[] = [];
  const kept: Record<string, MergeArticle> = {};
  for (const article of articles) {
    const input = article.mergeInput ?? body.articles[article.output_sha256] ?? readMergeArticle(article.file, entities);
    if (!input) continue;
    kept[article.output_sha256] = input;
    inputsNow.push(input);
  }

  let previous: Previous[] = [];
  // Where each previous development stands in the file, to be written again as it was when the merge keeps it.
  const placed = new Map<Previous, ByteRange>();
  // The memberships describe the file this cache wrote, not one put there since.
  const sameFile = described || (standing !== null && head?.written != null && (vouched || standing.hash!.sha256 === head.written.sha256));
  if (described) {
    previous = body.memberships.map((membership) => {
      const development = writtenPrevious(file, membership);
      placed.set(development, membership.block);
      return development;
    });
  } else if (standing) {
    let developments: MergedDevelopment[];
    try {
      // The file as this code wrote it needs no checking against the schema.
      if (standing.developments === null) developments = parseDevelopments(readFileSync(file, "utf8"), file);
      else developments = sameFile ? (standing.developments as MergedDevelopment[]) : parseDevelopmentItems(standing.developments, file);
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      return { file, written: false, messages: [fail(file, error.detail.rule, `${error.message}; delete the file to merge the developments afresh`)] };
    }
    previous = developments.map(previousOf);
    const blocks = sameFile ? standing.blocks : null;
    if (blocks) previous.forEach((development, at) => placed.set(development, blocks[at]!));
  }
  const result = merge(inputsNow, entities, previous, sameFile ? earlierOf(body, kept) : undefined);
  const render = (read: (range: ByteRange) => Uint8Array) =>
    renderBlocks(result.developments, (development) => {
      if (!isPrevious(development)) return developmentBlock(development);
      const range = placed.get(development);
      const text = range && read(range);
      return text && isBlockOf(development.id, text) ? text : developmentBlock(development.development());
    });
  // The developments kept are copied from the file as bytes, not decoded and encoded again.
  let rendered: ReturnType<typeof render>;
  try {
    rendered = placed.size > 0 ? fromFile(file, render) : render(() => NOTHING);
  } catch (error) {
    if (!(error instanceof DossierError)) throw error;
    return { file, written: false, messages: [fail(file, error.detail.rule, error.message)] };
  }
  const renderedSha = sha256Parts(rendered.parts);
  // The file this cache wrote and vouches for has the hash the cache holds.
  const written = standing === null ? !described || renderedSha !== head!.written!.sha256 : renderedSha !== (vouched ? head!.written!.sha256 : standing.hash!.sha256);
  if (written) writeAtomic(file, rendered.parts);
  const blockOf = new Map(result.developments.map((development, at) => [development.id, rendered.blocks[at]!]));
  const memberships = result.memberships.map((membership) => ({ ...membership, block: blockOf.get(membership.id)! }));
  const cache = () => writeMergeCache(cacheFile, { stamp, written: { sha256: renderedSha, stat: fileStat(statSync(file)) }, inputs }, { articles: kept, memberships, lines: body.lines });
  if (written) cache();
  else {
    // The file stands as it was: the cache is refreshed only so the next run can trust file times; where it cannot be, that run merges again, nothing worse.
    try {
      cache();
    } catch {
      // A read-only corpus folder, with nothing to write.
    }
  }
  return { file, written, messages: [] };
}

/** A development of the file this cache wrote, read from its place there only when asked for. */
function writtenPrevious(file: string, { id, date, end, members, block }: WrittenMembership): Previous {
  const articles = [...new Set(members.map(articleOfKey))].sort(compareText);
  const development = () => {
    let text = "";
    try {
      text = readRange(file, block);
    } catch {
      // Gone since: told below as a change.
    }
    if (!isBlockOf(id, text)) throw new DossierError(file, "output:changed", `${file} changed while the developments were merged; run normalize again`);
    return JSON.parse(text) as MergedDevelopment;
  };
  return { id, date, ...(end ? { end } : {}), articles, development };
}

const NOTHING = new Uint8Array(0);

/** `use` with what `file` holds in each stretch, or nothing where the file is gone since: what is not read is written afresh. */
function fromFile<T>(file: string, use: (read: (range: ByteRange) => Uint8Array) => T): T {
  try {
    return withByteRanges(file, use);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return use(() => NOTHING);
  }
}

/** What changed between the articles the cache holds and those merged now. */
function earlierOf(body: MergeCacheBody, now: Record<string, MergeArticle>): Earlier {
  const before = Object.entries(body.articles).flatMap(([hash, article]) => (hash in now ? [] : [article]));
  const added = Object.entries(now).flatMap(([hash, article]) => (hash in body.articles ? [] : [article]));
  return { memberships: body.memberships, changed: new Set([...before, ...added].map((article) => article.id)) };
}

// Written in parts, the text `JSON.stringify(body)` gives: as one string it would not fit a large corpus's heap.
const PART = 1000;

/** `JSON.stringify` of each thousand items, without the brackets around them, commas between. */
function inParts(items: unknown[], of: (items: unknown[]) => string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < items.length; at += PART) parts.push(`${at ? "," : ""}${of(items.slice(at, at + PART)).slice(1, -1)}`);
  return parts;
}

/**
 * The line of the cache an article is written on, by the first two characters
 * of its hash: 256 lines, so a change rewrites one line and the others are
 * written as they were read.
 */
const lineOf = (hash: string) => hash.slice(0, 2);

const COMMA = Buffer.from(",");

function writeMergeCache(file: string, head: MergeCacheHead, body: MergeCacheBody): void {
  const lines = body.lines.size > 0 ? fromFile(file, (read) => cacheLines(body, read)) : cacheLines(body, () => NOTHING);
  writeAtomic(file, [`${JSON.stringify(head)}\n`, ...lines.flatMap((line) => [line, "\n"])]);
}

/** The body's lines; `read` gives a line's bytes as the cache had them, written again while it holds the same articles. */
function cacheLines(body: MergeCacheBody, read: (range: ByteRange) => Uint8Array): TextOrBytes[] {
  // In order of hash, so each line's articles come together.
  const byLine: string[][] = [];
  for (const hash of Object.keys(body.articles).sort()) {
    const last = byLine.at(-1);
    if (last && lineOf(last[0]!) === lineOf(hash)) last.push(hash);
    else byLine.push([hash]);
  }
  const articles = byLine.map((hashes, at) => {
    const line = body.lines.get(lineOf(hashes[0]!));
    const same = line !== undefined && line.hashes.length === hashes.length && line.hashes.every((hash, i) => hash === hashes[i]);
    const kept = same ? read(line.text) : NOTHING;
    // The file may have changed since it was read: what is taken from it must still hold the line's articles from first to last.
    if (isBetween(kept, `${JSON.stringify(hashes[0])}:`, "}")) return at ? Buffer.concat([COMMA, kept]) : kept;
    return `${at ? "," : ""}${JSON.stringify(Object.fromEntries(hashes.map((hash) => [hash, body.articles[hash]]))).slice(1, -1)}`;
  });
  const memberships = inParts(body.memberships, (list) => JSON.stringify(list));
  return [ARTICLES, ...articles, MEMBERSHIPS, ...memberships, END];
}
