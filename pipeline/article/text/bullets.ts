/** The marks a text browser or a copy prints before a list's items: "•", "▪", "□", "*", "–"… One set for every reader of lines. */
export const BULLET_MARKS = "•·▪◦∙●■□☆★▸►‣*+\\-–";

/** A line's leading bullet and the space after it. */
export const LEADING_BULLET = new RegExp(`^\\s*[${BULLET_MARKS}]\\s*`, "u");
