/** Runs the `dossier` command as a user would, with optional standard input. */
import { spawn } from "node:child_process";
import { chmodSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledEntry } from "../../pipeline/launcher/bundle/load.js";

const BIN = fileURLToPath(new URL("../../bin/dossier.js", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The user a test runs `dossier` as when file permissions must hold: root reads and writes whatever it likes. */
export const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null;

/**
 * Makes the bundle as the checkout's owner would on a first run, and lets the
 * other user read it (its folder is private to its maker) but not write it.
 */
export async function bundleForUnprivileged(): Promise<void> {
  const entry = fileURLToPath(await bundledEntry("main.js"));
  if (UNPRIVILEGED) chmodSync(dirname(entry), 0o755);
}

export function runDossier(args: string[], options: { stdin?: string; cwd?: string; unprivileged?: boolean } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const user = options.unprivileged ? (UNPRIVILEGED ?? {}) : {};
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"], ...user });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
