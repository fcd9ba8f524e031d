/** Where a new article comes from: a file, standard input, or a web page. */
import { readFileSync } from "node:fs";
import { DossierError } from "../../model/errors.ts";
import type { Overrides } from "../../model/schema.ts";
import { fetchArticle, type FetchOptions } from "../../article/html/fetch.ts";

export interface Incoming {
  /** What the user named: a path, `-` or an address; used in messages. */
  origin: string;
  /** The name it came with, from which the stored name is made. */
  hint: string;
  bytes: Uint8Array;
  /** Corrections known from the source itself, e.g. the address of a downloaded page. */
  found: Overrides;
}

/** Pasted text is stored as HTML when it is a page's source. */
const looksLikeHtml = (bytes: Uint8Array) =>
  /^\s*(<!doctype html|<html[\s>])/i.test(new TextDecoder().decode(bytes.subarray(0, 512)));

export function fromFile(path: string): Incoming {
  try {
    return { origin: path, hint: path, bytes: readFileSync(path), found: {} };
  } catch (cause) {
    throw new DossierError(path, "add:unreadable", "cannot be read", { cause });
  }
}

export async function fromStream(stream: AsyncIterable<Uint8Array>): Promise<Incoming> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  return { origin: "standard input", hint: looksLikeHtml(bytes) ? "pasted.html" : "pasted.txt", bytes, found: {} };
}

/** Downloads a page; the page as served is what gets stored. */
export async function fromUrl(address: string, options?: FetchOptions): Promise<Incoming> {
  const { page, article } = await fetchArticle(address, options);
  // A slash in a headline is not a folder.
  const { title, url } = article.page;
  const hint = `${(title?.value ?? new URL(page.url).pathname).replace(/[\\/]/g, " ")}.html`;
  return { origin: address, hint, bytes: page.bytes, found: url ? { url } : {} };
}
