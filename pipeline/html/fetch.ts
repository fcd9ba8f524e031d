/**
 * Downloads a page and finds its article: the I/O edge of HTML intake. Every
 * way this can go wrong ends in a DossierError that says why.
 */
import { DossierError } from "../core/errors.ts";
import { MAX_HTML_BYTES } from "../read/decode.ts";
import { decodeHtml } from "./charset.ts";
import { extractArticle, type HtmlArticle } from "./extract.ts";

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  /** The page exactly as served, to keep beside the extracted text. */
  bytes: Uint8Array;
  html: string;
}

// A larger page could not be stored as a raw file anyway.
const DEFAULTS = { timeoutMs: 20_000, maxBytes: MAX_HTML_BYTES };
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const { timeoutMs, maxBytes } = { ...DEFAULTS, ...options };
  const url = httpUrl(address);
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: "text/html,application/xhtml+xml" } });
  } catch (cause) {
    throw new DossierError(address, "fetch:failed", `download failed: ${reasonOf(cause, timeoutMs)}`, { cause });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DossierError(address, "fetch:status", `download failed: the server answered HTTP ${response.status}`);
  }
  const contentType = response.headers.get("content-type");
  if (!HTML_TYPE.test(contentType ?? "")) {
    await response.body?.cancel();
    throw new DossierError(address, "fetch:not-html", `not an HTML page (content type: ${contentType ?? "none"})`);
  }
  const bytes = await readLimited(response, address, maxBytes, timeoutMs);
  return { url: response.url || url, bytes, html: decodeHtml(bytes, contentType) };
}

/** Downloads a page and returns its article, or throws when the page holds none. */
export async function fetchArticle(
  address: string,
  options: FetchOptions = {},
): Promise<{ page: FetchedPage; article: HtmlArticle }> {
  const page = await fetchPage(address, options);
  const article = extractArticle(page.html, page.url);
  if (!article) throw new DossierError(address, "fetch:no-article", "no article found on the page");
  return { page, article };
}

function httpUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new DossierError(address, "fetch:url", "not a web address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new DossierError(address, "fetch:url", `only http and https addresses can be downloaded, not ${url.protocol}`);
  }
  return url.href;
}

async function readLimited(response: Response, address: string, maxBytes: number, timeoutMs: number) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    // Leaving the loop early cancels the download.
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) break;
      chunks.push(chunk);
    }
  } catch (cause) {
    throw new DossierError(address, "fetch:failed", `download failed: ${reasonOf(cause, timeoutMs)}`, { cause });
  }
  if (size > maxBytes) {
    throw new DossierError(address, "fetch:too-large", `download failed: the page is larger than ${maxBytes} bytes`);
  }
  return Buffer.concat(chunks);
}

function reasonOf(cause: unknown, timeoutMs: number): string {
  const error = cause as Error & { cause?: { code?: string; message?: string } };
  if (error?.name === "TimeoutError") return `no answer within ${timeoutMs} ms`;
  return error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(cause);
}
