/**
 * `tsx bench/profile.ts FILE.cpuprofile [--by function|file] [--top 15]`:
 * where a `node --cpu-prof` run spent its time, as self time per function
 * or per source file, so a benchmark figure comes with its explanation.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Frame {
  name: string;
  ms: number;
  share: number;
}

function shortUrl(url: string): string {
  if (!url) return "(native)";
  const path = url.replace(/^file:\/\//, "");
  const dependency = /^.*\/node_modules\/(.*)$/.exec(path);
  return dependency ? `~/${dependency[1]}` : path.replace(/^.*?\/(pipeline|bench|src|bin)\//, "$1/");
}

function keyOf(node: ProfileNode, by: "function" | "file"): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (by === "file") return shortUrl(url);
  return `${functionName || "(anonymous)"} ${shortUrl(url)}${url ? `:${lineNumber + 1}` : ""}`;
}

/** Self time per function or file, largest first. */
export function selfTimes(profile: CpuProfile, by: "function" | "file"): Frame[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index] ?? 0;
    const key = keyOf(byId.get(id)!, by);
    totals.set(key, (totals.get(key) ?? 0) + us);
    all += us;
  });
  return [...totals]
    .map(([name, us]) => ({ name, ms: us / 1000, share: all === 0 ? 0 : us / all }))
    .sort((a, b) => b.ms - a.ms);
}

export function formatFrames(frames: Frame[], top: number): string {
  return frames
    .slice(0, top)
    .map((f) => `${f.ms.toFixed(0).padStart(7)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`)
    .join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { by: { type: "string", default: "function" }, top: { type: "string", default: "15" } },
  });
  const by = values.by === "file" ? "file" : "function";
  for (const file of positionals) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    console.log(`${file}\n${formatFrames(selfTimes(profile, by), Number(values.top))}\n`);
  }
}
