/** Language names and writing direction for ISO 639-1 codes. */
const RTL = new Set(["ar", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"]);
const names = new Intl.DisplayNames(["en"], { type: "language" });

export function directionOf(language: string): "rtl" | "ltr" {
  return RTL.has(language) ? "rtl" : "ltr";
}

// Asked for at every source of every development page: each code is looked up once.
const named = new Map<string, string>();

export function languageName(language: string): string {
  let name = named.get(language);
  if (name === undefined) named.set(language, (name = names.of(language) ?? language));
  return name;
}
