// @ts-check
/**
 * The pipeline's own files: what a bundle is made from, and what the
 * articles' cache stamp hashes so that any change to the code or its data
 * makes every article be normalized again. Plain JavaScript, as it runs
 * before there is a bundle.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";

const SOURCE = /\.(?:ts|js|json)$/;

/** Every source file under `dir`, as sorted paths relative to it with `/`. */
export function listSources(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => SOURCE.test(name))
    .map((name) => name.split(sep).join("/"))
    .sort();
}

/** A hash of the names and contents of the pipeline's source files. */
export function hashSources(/** @type {string} */ dir) {
  const hash = createHash("sha256");
  for (const name of listSources(dir)) hash.update(`${name}\0`).update(readFileSync(join(dir, name)));
  return hash.digest("hex");
}
