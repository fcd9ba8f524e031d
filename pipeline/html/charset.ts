/**
 * Decodes the bytes of an HTML page: the charset the server declared wins,
 * then a `<meta>` charset near the top of the page, then UTF-8.
 */

/** The HTML spec looks for a `<meta>` charset in the first 1024 bytes. */
const SNIFF_BYTES = 1024;

export function declaredCharset(contentType: string | null): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return match?.[1]?.toLowerCase() ?? null;
}

export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  const match = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): string {
  for (const label of [declaredCharset(contentType), metaCharset(bytes)]) {
    if (label === null) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall through to the next guess, as browsers do.
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}
