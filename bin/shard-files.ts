/**
 * The files side of a sharded build (see build-site.js): a shard's search
 * index, its manifest written beside its output, and the shards' folders
 * checked against their manifests and moved into one site.
 */
import { createHash } from "node:crypto";
import * as pagefind from "pagefind";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DossierError } from "../pipeline/model/errors.ts";
import { MANIFEST_DIR, manifestPath, mergeManifests, shardManifest, type Manifest } from "../src/_config/manifest.ts";
import { searchBundles } from "../src/_config/shard.ts";
import { shardOf, type Shard } from "../pipeline/model/shards.ts";

/** Every file under `dir`, as '/'-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split("\\").join("/"));
}

const BATCH = 64;

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/**
 * The search index of `part` (a shard of `part.count`) from its article pages
 * under `site`, in id order; the pages are handed to Pagefind as they are, so
 * no folder of them alone has to be made on disk.
 */
export async function indexShard(site: string, part: Shard): Promise<void> {
  const ids = readdirSync(join(site, "articles")).filter((id) => shardOf(id, part.count) === part.index).sort();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new DossierError(site, "search:index", errors.join("; "));
  // Several pages in flight, so Pagefind reads one while the next is sent.
  for (let i = 0; i < ids.length; i += BATCH) {
    const added = await Promise.all(
      ids.slice(i, i + BATCH).map((id) => {
        const sourcePath = `articles/${id}/index.html`;
        return index.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), "utf8") });
      }),
    );
    const errors = added.flatMap((response) => response.errors);
    if (errors.length > 0) throw new DossierError(site, "search:index", errors.join("; "));
  }
  const written = await index.writeFiles({ outputPath: join(site, searchBundles(part.count)[part.index - 1]!) });
  if (written.errors.length > 0) throw new DossierError(site, "search:index", written.errors.join("; "));
  await index.deleteIndex();
}

/** Ends the search indexer's process, once every index is written. */
export const closeIndexer = (): Promise<null> => pagefind.close();

/** Lists what the shard wrote into `dir`, with hashes, in `dir/_shards/`. */
export function writeManifest(dir: string, shard: Shard): void {
  const paths = filesUnder(dir).filter((path) => !path.startsWith(`${MANIFEST_DIR}/`));
  const manifest = shardManifest(shard, Object.fromEntries(paths.map((path) => [path, sha256(join(dir, path))])));
  mkdirSync(join(dir, MANIFEST_DIR), { recursive: true });
  writeFileSync(join(dir, manifestPath(shard)), `${JSON.stringify(manifest, null, 1)}\n`);
}

function readManifests(dir: string): Manifest[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, MANIFEST_DIR)).filter((name) => name.endsWith(".json"));
  } catch {
    throw new DossierError(dir, "shards:manifest", `has no ${MANIFEST_DIR}/ folder: not the output of a shard`);
  }
  return names.map((name) => JSON.parse(readFileSync(join(dir, MANIFEST_DIR, name), "utf8")) as Manifest);
}

/**
 * Checks the shards' folders (every shard once, no file from two, every file
 * as its shard hashed it), moves their files into `output` and writes the
 * union's manifest to `manifestFile`. The folders are left empty.
 */
export function mergeShards(dirs: string[], output: string, manifestFile: string): number {
  const perDir = dirs.map((dir) => ({ dir, manifests: readManifests(dir) }));
  const { files, problems } = mergeManifests(perDir.flatMap(({ manifests }) => manifests));
  for (const { dir, manifests } of perDir) {
    for (const manifest of manifests) {
      for (const [path, hash] of Object.entries(manifest.files)) {
        let actual: string;
        try {
          actual = sha256(join(dir, path));
        } catch {
          problems.push(`${path} of shard ${manifest.shard} is missing from ${dir}`);
          continue;
        }
        if (actual !== hash) problems.push(`${path} of shard ${manifest.shard} differs from what the shard wrote`);
      }
    }
  }
  if (problems.length > 0) throw new DossierError(dirs.join(", "), "shards:union", problems.join("; "));
  const made = new Set<string>();
  for (const { dir, manifests } of perDir) {
    for (const path of manifests.flatMap((manifest) => Object.keys(manifest.files))) {
      const target = join(output, path);
      const parent = dirname(target);
      if (!made.has(parent)) mkdirSync(parent, { recursive: true });
      made.add(parent);
      renameSync(join(dir, path), target);
    }
    rmSync(join(dir, MANIFEST_DIR), { recursive: true, force: true });
  }
  mkdirSync(dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, `${JSON.stringify(files, null, 1)}\n`);
  return Object.keys(files).length;
}
