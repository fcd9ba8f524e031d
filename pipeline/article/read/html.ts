/**
 * Raw HTML pages (saved from a browser or downloaded by `dossier add --url`)
 * are read through HTML intake: the article's text is what the rest of the
 * pipeline reads, and what the page states about itself in markup (title,
 * date, authors, site name, address) comes with it as `page`. A front-matter
 * block the file opens with is read once, before the page: its corrections
 * come back as data and still win.
 */
import { fail, type Extracted } from "../../model/messages.ts";
import type { ArticleText } from "../../model/types.ts";
import { decodeHtml, metaCharset } from "../html/charset.ts";
import { extractArticle } from "../html/extract.ts";
import { cleanDecoded, decodeRaw } from "./decode.ts";
import { MAX_HTML_BYTES } from "./limits.ts";
import { splitOverrides } from "./overrides.ts";
import { withoutControlsIn } from "../../model/controls.ts";

/** `file` names the page in the messages. */
export function decodeHtmlPage(file: string, bytes: Uint8Array): Extracted<ArticleText | null> {
  // The binary and empty checks apply to pages as to text; the size check with a page's limit.
  const checked = decodeRaw(file, bytes, MAX_HTML_BYTES);
  if (!checked.value) return { value: null, messages: checked.messages };
  const declared = metaCharset(bytes);
  // A page that declares UTF-8 and is UTF-8 was decoded and cleaned already.
  const same = declared !== null && /^utf-?8$/.test(declared) && checked.value.encoding === "utf-8";
  const decoded = declared && !same ? cleanDecoded(decodeHtml(bytes)) : checked.value.text;

  const split = splitOverrides(file, decoded);
  const article = extractArticle(split.value.text);
  if (!article) return { value: null, messages: [...checked.messages, fail(file, "html:no-article", "no article text found in the HTML page")] };
  return {
    // Character references and JSON-LD escapes bring control characters into what the markup states, as into the text.
    value: { text: cleanDecoded(article.text), encoding: declared ?? checked.value.encoding, overrides: split.value.overrides, page: withoutControlsIn(article.page) },
    messages: [...checked.messages, ...split.messages],
  };
}
