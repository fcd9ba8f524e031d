/** Whether a short string reads as a person's name ("Mohamed bin Abdulrahman Al Thani"). */
const PARTICLES = new Set(["bin", "ibn", "bint", "al", "el", "de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "y", "abu", "abd"]);

/** Words that make a capitalised phrase a job, a desk or an organisation, not a person. */
const NOT_A_PERSON = new Set(
  "the staff writer writers correspondent correspondents editor editors reporter reporters desk team agency agencies news bureau press service services center centre institute media network online daily times post journal tribune herald gazette update updates report review world international foreign affairs ministry office department afghanistan qatar doha kabul taliban united states reuters afp ap dpa apa kna epd ddp ots contributor contributors redaktion rédaction redacción".split(" "),
);

export function isPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 6) return false;
  let capitalised = 0;
  for (const token of tokens) {
    const bare = token.replace(/[.,]$/, "");
    if (NOT_A_PERSON.has(bare.toLowerCase())) return false;
    if (PARTICLES.has(bare.toLowerCase())) continue;
    // "Al-Thani", "O'Neill", "Jean-Pierre", initials like "J."; the article may be lower case: "al-Thani", "d'Estaing".
    if (!/^(?:(?:al|el|ad|ash|ud|ul)-|d['’])?\p{Lu}[\p{L}'’.-]*$/u.test(bare)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/** A desk or agency credited instead of a person: "Staff Writer", "Al Jazeera Staff", "La Rédaction". */
export function isDesk(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length > 6) return false;
  // Agencies sign in lower case too: "dpa", "afp".
  return (
    tokens.some((token) => NOT_A_PERSON.has(token.toLowerCase())) &&
    tokens.every((token) => PARTICLES.has(token.toLowerCase()) || NOT_A_PERSON.has(token.toLowerCase()) || /^\p{Lu}/u.test(token))
  );
}
