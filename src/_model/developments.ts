/**
 * Reads `<corpus>/developments.json`, the developments `dossier normalize`
 * merged from every article. A corpus without one shows no developments.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseDevelopments, type MergedDevelopment } from "../../pipeline/model/developments.ts";

export function loadDevelopments(file: string): MergedDevelopment[] {
  return existsSync(file) ? parseDevelopments(readFileSync(file, "utf8"), file) : [];
}
