/**
 * Sort order that is the same on every machine: by UTF-16 code units, never by
 * the collation of the process's locale (`localeCompare()` without a locale
 * follows `LANG`, and Czech puts "ch" after "h").
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
