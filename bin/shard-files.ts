/**
 * The files side of a sharded build (see build-site.js): a shard's search
 * index, its manifest written beside its output, and the shards' folders
 * checked against their manifests and moved into one site.
 */
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

// Pagefind's own executable, found as its `npx pagefind` wrapper finds it, but
// run without that wrapper: one process less beside the build while it indexes.
const { resolveBinaryPath } = (await import(new URL("resolveBinary.js", import.meta.resolve("pagefind")).href)) as {
  resolveBinaryPath: (names: string[]) => string;
};
const PAGEFIND = resolveBinaryPath(["pagefind_extended", "pagefind"]);

/**
 * Pagefind's index of the article pages under `pages`, into `output`. Only
 * article pages carry `data-pagefind-body`; reading the others would double
 * the time for nothing.
 */
async function runPagefind(pages: string, output: string): Promise<void> {
  const args = ["--site", pages, "--glob", "articles/**/*.html", "--output-path", output, "--silent"];
  const failed = await new Promise<string | null>((done) => {
    const child = spawn(PAGEFIND, args, { stdio: ["ignore", "inherit", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", (error) => done(error.message));
    child.on("close", (status) => done(status === 0 ? null : errors.trim() || `Pagefind exited with status ${status}`));
  });
  if (failed) throw new DossierError(output, "search:index", failed);
}

/** The search index of the whole site under `site`, built in one shard. */
export const indexSite = (site: string): Promise<void> => runPagefind(site, join(site, searchBundles(1)[0]!));

const SEARCH_PAGES = ".search-";

/** Removes the folders of links a build killed while indexing left in `site`, which would be published with it. */
export function removeSearchLeftovers(site: string): void {
  let names: string[];
  try {
    names = readdirSync(site);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(SEARCH_PAGES)) rmSync(join(site, name), { recursive: true, force: true });
}

/**
 * The search index of `part` (a shard of `part.count`) from its article pages
 * under `site`. Pagefind's command reads a folder of links to the shard's
 * pages (copies where the file system has no links), beside them in `site`
 * and removed when it is done: the pages are read and indexed in Pagefind's
 * own process, so this one can build the next shard meanwhile.
 */
export async function indexShard(site: string, part: Shard): Promise<void> {
  const pages = join(site, `${SEARCH_PAGES}${part.index}`);
  rmSync(pages, { recursive: true, force: true });
  try {
    for (const id of readdirSync(join(site, "articles")).filter((id) => shardOf(id, part.count) === part.index)) {
      const page = join("articles", id, "index.html");
      mkdirSync(join(pages, "articles", id), { recursive: true });
      try {
        linkSync(join(site, page), join(pages, page));
      } catch {
        copyFileSync(join(site, page), join(pages, page));
      }
    }
    await runPagefind(pages, join(site, searchBundles(part.count)[part.index - 1]!));
  } finally {
    rmSync(pages, { recursive: true, force: true });
  }
}

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
