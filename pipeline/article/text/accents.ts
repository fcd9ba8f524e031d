/** A text without its accents and other combining marks: "Doḥa" → "Doha", "État" → "Etat". */
export function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}
