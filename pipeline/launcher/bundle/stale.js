// @ts-check
/** Whether a bundle was made from the files and options as they are now. */

/**
 * What a bundle is made from: each input file's size and times, by path,
 * and the bundler's version and options.
 * @typedef {{ options: string, files: Record<string, string> }} BundleInputs
 */

/**
 * A file's size and times, in one string: an edit changes at least the
 * change time, so a stale bundle is found by `stat` alone, without reading.
 * @param {{ size: number, mtimeMs: number, ctimeMs: number }} stats
 */
export const statKey = (stats) => `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;

/**
 * @param {BundleInputs | null} recorded what the bundle was made from, null when there is none
 * @param {BundleInputs} current the same, now
 */
export function isStale(recorded, current) {
  if (!recorded || recorded.options !== current.options) return true;
  const before = Object.keys(recorded.files);
  const now = Object.keys(current.files);
  return before.length !== now.length || now.some((file) => recorded.files[file] !== current.files[file]);
}
