/**
 * Runs a command and reports its wall time and the peak memory of its whole
 * process tree. Memory is sampled from /proc rather than taken from GNU
 * `time -f %M`, because %M (getrusage) is the largest single process, while
 * `npx`/`npm run`/tsx put two or three Node processes alive at once and a
 * user pays for all of them. Each sample sums VmRSS over the tree; VmHWM of
 * each process also counts, so a spike between samples is not lost.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Figures {
  seconds: number;
  peakMb: number;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling period: short enough to catch the peak, and reading /proc that often costs little of a core. */
  intervalMs?: number;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // the process exited between listing and reading
  }
}

/** `root` and every live descendant, from the kernel's per-thread child lists. */
export function processTree(root: number): number[] {
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      const children = readProc(`/proc/${pid}/task/${task}/children`) ?? "";
      for (const child of children.split(" ").filter(Boolean)) queue.push(Number(child));
    }
  }
  return tree;
}

/** VmRSS and VmHWM of one process in kB, or undefined once it is gone. */
export function memoryOf(pid: number): { rssKb: number; hwmKb: number } | undefined {
  const status = readProc(`/proc/${pid}/status`);
  if (!status) return undefined;
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return { rssKb: field("VmRSS"), hwmKb: field("VmHWM") };
}

export class CommandFailed extends Error {
  constructor(command: string[], code: number | null, output: string) {
    super(`${command.join(" ")} exited with ${code}:\n${output.slice(-2000)}`);
    this.name = "CommandFailed";
  }
}

export function measure(command: string[], options: RunOptions = {}): Promise<Figures> {
  const [file, ...args] = command;
  if (!file) throw new RangeError("no command to measure");
  const started = performance.now();
  const child = spawn(file, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let peakKb = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    let treeKb = 0;
    for (const pid of processTree(child.pid)) {
      const memory = memoryOf(pid);
      if (!memory) continue;
      treeKb += memory.rssKb;
      peakKb = Math.max(peakKb, memory.hwmKb);
    }
    peakKb = Math.max(peakKb, treeKb);
  };
  const timer = setInterval(sample, options.intervalMs ?? 20);
  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new CommandFailed(command, code, output));
      else resolve({ seconds, peakMb: peakKb / 1024 });
    });
  });
}
