/**
 * Characters no field or page should carry: the C0 controls XML 1.0 forbids
 * (all but tab, newline and return), DEL and the C1 controls HTML forbids,
 * U+FFFE/U+FFFF and lone surrogates. YAML escapes ("\u0001", "\x1b") and
 * JSON-LD strings bring them in as readily as a file's bytes.
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function withoutControls(text: string): string {
  // Lone surrogates first, judged on the text as given (a control between two halves leaves both lone); their lookarounds are asked only of a text that has a surrogate at all.
  return (SURROGATE.test(text) ? text.replace(LONE_SURROGATES, "") : text).replace(CONTROLS, "");
}

/** The same value with every string in it, at any depth of arrays and plain objects, without controls. */
export function withoutControlsIn<T>(value: T): T {
  if (typeof value === "string") return withoutControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutControlsIn) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, withoutControlsIn(each)])) as T;
  }
  return value;
}
