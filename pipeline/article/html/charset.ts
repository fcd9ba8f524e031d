/**
 * Decodes the bytes of an HTML page: the charset the server declared wins,
 * then a `<meta>` charset near the top of the page, then UTF-8.
 */
import iconv from "iconv-lite";

/**
 * The HTML spec looks for a `<meta>` charset in the first 1024 bytes; a saved
 * or archived page may carry scripts or a toolbar before it (the Wayback
 * Machine's), so the rest of its head is read too, up to this many bytes.
 */
const SNIFF_BYTES = 64 * 1024;

export function declaredCharset(contentType: string | null): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return match?.[1]?.toLowerCase() ?? null;
}

export function metaCharset(bytes: Uint8Array): string | null {
  const start = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  const end = start.search(/<\/head\s*>|<body[\s>]/i);
  const match = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(end < 0 ? start : start.slice(0, end));
  return match?.[1]?.toLowerCase() ?? null;
}

// iconv-lite rather than TextDecoder: Node 20's TextDecoder reads windows-1252 as Latin-1, losing curly quotes.
export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): string {
  const labels = [declaredCharset(contentType), metaCharset(bytes)];
  // An unknown label is skipped, as browsers do.
  const label = labels.find((candidate) => candidate !== null && iconv.encodingExists(candidate)) ?? "utf-8";
  return iconv.decode(Buffer.from(bytes), label);
}
