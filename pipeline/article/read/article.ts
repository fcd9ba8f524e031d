/** A raw file → the article's text and the corrections its front matter states, whether it is a text file or an HTML page. */
import type { Extracted } from "../../model/messages.ts";
import type { ArticleText, RawArticle } from "../../model/types.ts";
import { decodeRaw } from "./decode.ts";
import { decodeHtmlPage } from "./html.ts";
import { isHtmlName } from "./limits.ts";
import { splitOverrides } from "./overrides.ts";

export function readArticleText({ name, bytes }: RawArticle): Extracted<ArticleText | null> {
  if (isHtmlName(name)) return decodeHtmlPage(name, bytes);
  const decoded = decodeRaw(name, bytes);
  if (!decoded.value) return { value: null, messages: decoded.messages };
  const split = splitOverrides(name, decoded.value.text);
  return { value: { ...split.value, encoding: decoded.value.encoding }, messages: [...decoded.messages, ...split.messages] };
}
