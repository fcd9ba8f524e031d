/** Language names and writing direction for ISO 639-1 codes. */
const RTL = new Set(["ar", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"]);
const names = new Intl.DisplayNames(["en"], { type: "language" });

export function directionOf(language: string): "rtl" | "ltr" {
  return RTL.has(language) ? "rtl" : "ltr";
}

export function languageName(language: string): string {
  return names.of(language) ?? language;
}
