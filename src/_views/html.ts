/**
 * HTML built by tagged templates: every interpolated value is escaped unless it
 * was itself built by `html` (or deliberately marked with `trusted`), so text
 * from articles can never become markup.
 */
const SAFE = Symbol("safe-html");

export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
}

type Part = SafeHtml | string | number | null | undefined | false | readonly Part[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most values have nothing to escape: a large site renders millions of them.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : text;
}

/** Marks markup that is already safe: output of markdown-it with `html: false`, or built SVG. */
export function trusted(value: string): SafeHtml {
  return { [SAFE]: true, value };
}

function isSafe(part: unknown): part is SafeHtml {
  return typeof part === "object" && part !== null && SAFE in part;
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (isSafe(part)) return part.value;
  if (Array.isArray(part)) return part.map((p: Part) => render(p)).join("");
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0]!;
  parts.forEach((part, i) => {
    out += render(part) + strings[i + 1]!;
  });
  return trusted(out);
}

/** Only web addresses become links: the schema's URL check also accepts `javascript:` and `data:`. */
export function webUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

// In a script element, "</script>" or "<!--" inside a string would end or change it; U+2028 and U+2029 end lines in old JavaScript.
const SCRIPT_UNSAFE: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/** Structured data as a JSON-LD block, escaped so no value can close the element or start markup. */
export function jsonLd(data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c]!);
  return trusted(`<script type="application/ld+json">${json}</script>`);
}
