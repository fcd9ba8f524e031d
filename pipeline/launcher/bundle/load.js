// @ts-check
/**
 * Runs the pipeline from an esbuild bundle rather than through a TypeScript
 * loader: Node then loads a few files instead of transforming every module,
 * in this thread and in each pool worker. The bundle lives in node_modules'
 * cache folder and is made again whenever a source, the package files or
 * the bundler options changed since it was made.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hashSources, listSources } from "./sources.js";
import { isStale, statKey } from "./stale.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
// Besides the sources, what esbuild reads: module type, resolution, compiler options.
const PACKAGE_FILES = ["package.json", "package-lock.json", "tsconfig.json"];
// A bundle another run replaced may still be in use by it (its chunks load lazily).
const KEEP_REPLACED_MS = 60 * 60 * 1000;

const OPTIONS = {
  entryPoints: { main: "pipeline/launcher/cli/main.ts", "pool-worker": "pipeline/corpus/pool-worker.ts" },
  bundle: true,
  // Each command's modules, and the extractors, stay in chunks loaded only when needed.
  splitting: true,
  format: /** @type {const} */ ("esm"),
  platform: /** @type {const} */ ("node"),
  target: "node20",
  packages: /** @type {const} */ ("external"),
  // Flat: the entries and every chunk in one folder.
  chunkNames: "[name]-[hash]",
  logLevel: /** @type {const} */ ("warning"),
};

/** @typedef {import("./stale.js").BundleInputs} BundleInputs */

/** Where a project's bundles live: beside its packages, so that their imports resolve as from the project. */
const cacheOf = (/** @type {string} */ root) => join(root, "node_modules", ".cache", "dossier");

/** @returns {BundleInputs} */
function currentInputs(/** @type {string} */ root) {
  const version = /** @type {{ version: string }} */ (createRequire(import.meta.url)("esbuild/package.json")).version;
  const files = Object.fromEntries([
    ...PACKAGE_FILES.map((name) => [name, statKey(statSync(join(root, name)))]),
    ...listSources(join(root, "pipeline")).map((name) => [`pipeline/${name}`, statKey(statSync(join(root, "pipeline", name)))]),
  ]);
  return { options: JSON.stringify({ version, OPTIONS }), files };
}

/** @returns {{ dir: string, inputs: BundleInputs, sources?: string } | null} */
function readPointer(/** @type {string} */ cache) {
  try {
    return JSON.parse(readFileSync(join(cache, "current.json"), "utf8"));
  } catch {
    return null;
  }
}

/** Bundles into a new folder of its own, then points to it: a run never sees half a bundle, nor loses its own. */
async function build(/** @type {string} */ root, /** @type {BundleInputs} */ inputs) {
  const { build: esbuild } = await import("esbuild");
  const cache = cacheOf(root);
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "bundle-"));
  // Hashed before bundling and after the files were stated: an edit in between leaves the stat stale, so the next run bundles again.
  const sources = hashSources(join(root, "pipeline"));
  await esbuild({ ...OPTIONS, absWorkingDir: root, outdir: dir });
  const pointer = join(cache, "current.json");
  writeFileSync(`${pointer}.${process.pid}`, JSON.stringify({ dir: basename(dir), inputs, sources }));
  renameSync(`${pointer}.${process.pid}`, pointer);
  for (const name of readdirSync(cache)) {
    const other = join(cache, name);
    if (name.startsWith("bundle-") && other !== dir && Date.now() - statSync(other).mtimeMs > KEEP_REPLACED_MS) rmSync(other, { recursive: true, force: true });
  }
  return { dir, sources };
}

/**
 * The bundle of the project at `root`, made first when it is stale: the
 * address of each of its entries (`main.js`, `pool-worker.js`) and the hash
 * of the sources it was made from, which the corpus cache is stamped with.
 * @returns {Promise<{ entry: (name: string) => string, sources: string }>}
 */
export async function bundled(root = ROOT) {
  const inputs = currentInputs(root);
  const pointer = readPointer(cacheOf(root));
  const recorded = pointer && join(cacheOf(root), pointer.dir);
  const entries = ["main.js", "pool-worker.js"];
  const fresh = recorded && typeof pointer.sources === "string" && !isStale(pointer.inputs, inputs) && entries.every((name) => existsSync(join(recorded, name)));
  const { dir, sources } = fresh ? { dir: recorded, sources: /** @type {string} */ (pointer.sources) } : await build(root, inputs);
  return { entry: (name) => pathToFileURL(join(dir, name)).href, sources };
}

/** The address of a bundled entry of the project at `root`; see `bundled`. */
export async function bundledEntry(/** @type {string} */ name, root = ROOT) {
  return (await bundled(root)).entry(name);
}
