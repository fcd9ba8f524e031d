/**
 * Every test's temporary files go under one folder of this run, removed when
 * the run ends: the tests make thousands of corpora, sites and caches, and
 * the system's temp folder is not theirs to fill. Node's `tmpdir()` and the
 * commands the tests start read `TMPDIR`.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), "dossier-tests-"));
  // Open to every user, as the system's temp folder is: some tests run commands as an unprivileged one.
  chmodSync(folder, 0o1777);
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
