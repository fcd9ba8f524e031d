/**
 * Downloads a page and finds its article: the I/O edge of HTML intake. Every
 * way this can go wrong ends in a DossierError that says why.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { get as httpGet, type IncomingMessage, type RequestOptions } from "node:http";
import { get as httpsGet } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { DossierError } from "../../model/errors.ts";
import { MAX_HTML_BYTES } from "../read/limits.ts";
import { nonPublicRange } from "./address.ts";
import { decodeHtml } from "./charset.ts";
import { extractArticle, type HtmlArticle } from "./extract.ts";

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Also download from loopback, private, link-local and other addresses off the public web. */
  allowPrivate?: boolean;
  /** Why an IP address is not downloaded from, or null; by default, being off the public web. */
  refuse?: (ip: string) => string | null;
}

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  /** The page exactly as served, to keep beside the extracted text. */
  bytes: Uint8Array;
  html: string;
}

// A larger page could not be stored as a raw file anyway; 20 redirects is what browsers allow.
const DEFAULTS = { timeoutMs: 20_000, maxBytes: MAX_HTML_BYTES, maxRedirects: 20, refuse: nonPublicRange };
type Settings = typeof DEFAULTS;
const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Raised inside a connection's address lookup, to tell a refused address from a failed download. */
class OffPublicWeb extends Error {}

export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const settings: Settings = { ...DEFAULTS, ...options, ...(options.allowPrivate && { refuse: () => null }) };
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let url = httpUrl(address, address);
  for (let hops = 0; ; hops++) {
    const response = await request(address, url, settings, signal);
    const location = response.headers.location;
    if (REDIRECTS.has(response.statusCode ?? 0) && location) {
      response.destroy();
      if (hops === settings.maxRedirects) throw new DossierError(address, "fetch:redirects", `download failed: more than ${settings.maxRedirects} redirects`);
      url = httpUrl(address, new URL(location, url).href);
      continue;
    }
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) {
      response.destroy();
      throw new DossierError(address, "fetch:status", `download failed: the server answered HTTP ${status}`);
    }
    const contentType = response.headers["content-type"] ?? null;
    if (!HTML_TYPE.test(contentType ?? "")) {
      response.destroy();
      throw new DossierError(address, "fetch:not-html", `not an HTML page (content type: ${contentType ?? "none"})`);
    }
    const bytes = await readLimited(response, address, settings, signal);
    return { url, bytes, html: decodeHtml(bytes, contentType) };
  }
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

/** `url` as an http(s) address; `address` is what the user asked for, named in every error. */
function httpUrl(address: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DossierError(address, "fetch:url", "not a web address");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new DossierError(address, "fetch:url", `only http and https addresses can be downloaded, not ${parsed.protocol}`);
  }
  return parsed.href;
}

function refusal(address: string, url: string, ip: string, range: string): DossierError {
  const hop = url === new URL(address).href ? "" : ` (redirected to ${url})`;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const where = host === ip ? `${ip} is` : `${host} resolves to ${ip},`;
  return new DossierError(address, "fetch:private", `refused${hop}: ${where} ${range} address, not on the public web; add --allow-private to download it anyway`);
}

/** Every address a host name resolves to is checked where the connection is made, so a second lookup cannot answer otherwise. */
function checkedLookup(url: string, refuse: Settings["refuse"]): LookupFunction {
  return (hostname, options, callback) =>
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = found.find((each) => refuse(each.address));
      if (refused) return callback(Object.assign(new OffPublicWeb(url), { ip: refused.address }), "", 0);
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, found);
      callback(null, found[0]!.address, found[0]!.family);
    });
}

function request(address: string, url: string, settings: Settings, signal: AbortSignal): Promise<IncomingMessage> {
  // A host given as an IP address is connected to without a lookup.
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host) ? settings.refuse(host) : null;
  if (literal) return Promise.reject(refusal(address, url, host, literal));
  const requestOptions: RequestOptions = {
    signal,
    // A fresh connection each time: a pooled one may have been opened to an address this request would refuse.
    agent: false,
    headers: { accept: "text/html,application/xhtml+xml", "accept-encoding": "gzip, deflate, br" },
    lookup: checkedLookup(url, settings.refuse),
  };
  return new Promise((resolve, reject) => {
    const get = url.startsWith("https:") ? httpsGet : httpGet;
    get(url, requestOptions, resolve).on("error", (cause) => {
      if (cause instanceof OffPublicWeb) {
        const { ip } = cause as OffPublicWeb & { ip: string };
        reject(refusal(address, url, ip, settings.refuse(ip)!));
      } else reject(failure(address, cause, signal, settings.timeoutMs));
    });
  });
}

/** The body, decompressed as the server declared, up to `maxBytes`. */
async function readLimited(response: IncomingMessage, address: string, settings: Settings, signal: AbortSignal) {
  const encoding = (response.headers["content-encoding"] ?? "").trim().toLowerCase();
  const decompress = { gzip: createGunzip, "x-gzip": createGunzip, deflate: createInflate, br: createBrotliDecompress }[encoding];
  const body = decompress ? response.pipe(decompress()) : response;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > settings.maxBytes) break;
      chunks.push(chunk);
    }
  } catch (cause) {
    throw failure(address, cause, signal, settings.timeoutMs);
  } finally {
    response.destroy();
  }
  if (size > settings.maxBytes) {
    throw new DossierError(address, "fetch:too-large", `download failed: the page is larger than ${settings.maxBytes} bytes`);
  }
  return Buffer.concat(chunks);
}

function failure(address: string, cause: unknown, signal: AbortSignal, timeoutMs: number): DossierError {
  const error = cause as NodeJS.ErrnoException;
  const reason = signal.aborted ? `no answer within ${timeoutMs} ms` : (error?.code ?? error?.message ?? String(cause));
  return new DossierError(address, "fetch:failed", `download failed: ${reason}`, { cause });
}
