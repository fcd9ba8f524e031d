import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "dossier-extract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// As `npm run bench:extract` runs it, without npm's own start-up.
const bench = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, ["--import", "tsx", "bench/extract.ts", ...args], { encoding: "utf8" });
  return { status, stdout, stderr };
};

describe("bench:extract", () => {
  const raw = join(dir, "raw");
  mkdirSync(raw);
  // Front matter in a raw file wins over extraction, so what normalize finds here is known.
  writeFileSync(join(raw, "talks.txt"), "---\ntitle: Talks resume in Doha\npublished: 2024-06-03\nauthors: [Jane Doe]\n---\nTalks resume in Doha\n\nUS and Taliban officials met in Doha on Sunday to discuss detainees, Qatari mediators said. Another round is planned for next month.\n");
  writeFileSync(join(raw, "gespraeche.txt"), "---\ntitle: Gespräche in Doha\npublished: 2024-06-02\n---\nGespräche in Doha\n\nVertreter der USA und der Taliban trafen sich am Sonntag in Doha, um über Gefangene zu sprechen, sagten katarische Vermittler.\n");
  const labels = join(dir, "labels.json");
  writeFileSync(
    labels,
    JSON.stringify([
      { id: "talks", date: "2024-06-03", title: "“Talks” resume in Doha", author: "Jane Doe; John Roe", lang: "en" },
      { id: "gespraeche", date: "2024-06-03", title: "Gespräche in Doha", lang: "de" },
      { id: "absent", date: "2024-06-04", lang: "de" },
    ]),
  );

  it("normalizes the folder, prints the scores and writes the misses and the figures", () => {
    const [misses, json] = [join(dir, "misses.jsonl"), join(dir, "figures.json")];
    const { status, stdout, stderr } = bench("--labels", labels, "--raw", raw, "--misses", misses, "--json", json);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[1]!.split(/\s{2,}/)).toEqual(["all", "3", "2", "1/3 33.3%", "50.0%", "2/2 100.0%", "1/1 100.0%", "0"]);
    expect(lines[2]!.split(/\s{2,}/)).toEqual(["de", "2", "1", "0/2 0.0%", "0.0%", "1/1 100.0%", "–", "0"]);
    expect(lines[4]).toMatch(/^normalize: 2 raw files in \d+\.\d\d s, \d+\.\d pages\/s, peak \d+ MB$/);
    expect(lines[5]).toBe("1 labelled pages have no raw file (counted as wrong): absent");
    expect(readFileSync(misses, "utf8").trimEnd().split("\n").map((line) => JSON.parse(line))).toEqual([
      { id: "gespraeche", field: "date", want: "2024-06-03", got: "2024-06-02", evidence: expect.anything(), status: "normalized" },
      { id: "absent", field: "date", want: "2024-06-04", got: null, evidence: null, status: null },
    ]);
    expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({ pages: 3, day_right: 1, title: { right: 2, of: 2 }, normalize: { files: 2 } });
  });

  it.each([
    [[], "--labels FILE is missing; usage: npm run bench:extract -- --labels FILE --raw DIR [--misses FILE] [--json FILE]"],
    [["--labels", labels], "--raw DIR is missing; usage: npm run bench:extract -- --labels FILE --raw DIR [--misses FILE] [--json FILE]"],
    [["--labels", join(dir, "none.json"), "--raw", raw], `${join(dir, "none.json")}: cannot be read`],
    [["--labels", labels, "--raw", join(dir, "none")], `${join(dir, "none")}: is not a folder that can be read`],
  ])("stops with one line and exit code 2 on %j", (args, message) => {
    const { status, stdout, stderr } = bench(...args);
    expect(stdout).toBe("");
    expect(stderr).toBe(`bench:extract: ${message}\n`);
    expect(status).toBe(2);
  });

  it("says a label file that is not an array is not one", () => {
    const notArray = join(dir, "object.json");
    writeFileSync(notArray, JSON.stringify({ talks: { date: "2024-06-03" } }));
    const { status, stderr } = bench("--labels", notArray, "--raw", raw);
    expect(stderr).toBe(`bench:extract: ${notArray}: is not a JSON array of labels\n`);
    expect(status).toBe(2);
  });
});
