/**
 * Raw HTML pages (saved from a browser or downloaded by `dossier add --url`)
 * are read through HTML intake: the article's text is what the rest of the
 * pipeline reads. The page's canonical address and site name (its
 * `og:site_name`) become `url` and `source` unless the file's own front matter
 * sets them.
 */
import { stringify } from "yaml";
import { fail, type Extracted } from "../core/messages.ts";
import type { DecodedText } from "../core/types.ts";
import { decodeHtml, metaCharset } from "../html/charset.ts";
import { extractArticle } from "../html/extract.ts";
import { decodeRaw } from "./decode.ts";
import { splitOverrides } from "./overrides.ts";

export const isHtmlName = (name: string) => /\.html?$/i.test(name);

export function decodeHtmlPage(bytes: Uint8Array): Extracted<DecodedText | null> {
  // The size, binary and empty checks apply to pages as to text.
  const checked = decodeRaw(bytes);
  if (!checked.value) return checked;
  const declared = metaCharset(bytes);
  const page = declared ? decodeHtml(bytes) : checked.value.text;

  const split = splitOverrides(page);
  const article = extractArticle(split.value.text);
  if (!article) {
    return { value: null, messages: [...split.messages, fail("html:no-article", "no article found in the HTML page")] };
  }
  const overrides = {
    ...(article.url ? { url: article.url } : {}),
    ...(article.siteName ? { source: article.siteName } : {}),
    ...split.value.overrides,
  };
  const block = Object.keys(overrides).length > 0 ? `---\n${stringify(overrides)}---\n` : "";
  // Decoding the extracted text again applies the same clean-up as to any text file.
  const text = decodeRaw(new TextEncoder().encode(block + article.text));
  const encoding = declared ?? checked.value.encoding;
  return {
    value: text.value && { text: text.value.text, encoding },
    messages: [...checked.messages, ...split.messages, ...text.messages],
  };
}
