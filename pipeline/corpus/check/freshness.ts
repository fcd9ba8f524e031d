/**
 * Whether the generated articles and the developments file are what the raw
 * files, the taxonomy and the entity table produce now: the corpus is
 * normalized again into a scratch copy of both, which is then compared with
 * the real ones.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { normalizeCorpus, type CorpusSettings } from "../run.ts";
import { fail, type Message } from "../../model/messages.ts";


const articles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".md")) : []);
const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

export async function checkFreshness({ rawDir, outDir, taxonomy, configText, sources, developments }: CorpusSettings): Promise<Message[]> {
  const scratch = mkdtempSync(join(tmpdir(), "dossier-check-"));
  try {
    const expectedDir = join(scratch, basename(outDir));
    if (existsSync(outDir)) cpSync(outDir, expectedDir, { recursive: true });
    // The developments file as it is, so its ids are carried forward as a normalize would.
    const expectedDevelopments = developments && { ...developments, file: join(scratch, "developments.json") };
    if (developments && expectedDevelopments && existsSync(developments.file)) cpSync(developments.file, expectedDevelopments.file);
    const report = await normalizeCorpus({ rawDir, outDir: expectedDir, taxonomy, configText, sources, force: true, ...(expectedDevelopments ? { developments: expectedDevelopments } : {}) });

    const messages: Message[] = [];
    for (const file of report.files.filter((each) => each.status === "rejected")) {
      // A hand-edited article is reported by the article check, with its own file name.
      for (const message of file.messages.filter((each) => each.fatal && each.rule !== "output:hand-edited")) {
        messages.push(fail(join(rawDir, file.raw), "check:rejected", `${message.rule}: ${message.reason}`));
      }
    }
    const actual = new Set(articles(outDir));
    const expected = new Set(articles(expectedDir));
    for (const name of expected) {
      const file = join(outDir, name);
      if (!actual.has(name)) messages.push(fail(file, "check:missing", "is not generated yet; run `npx dossier normalize`"));
      else if (read(outDir, name) !== read(expectedDir, name)) {
        messages.push(fail(file, "check:stale", "differs from what its raw file and the taxonomy give now; run `npx dossier normalize`"));
      }
    }
    for (const name of actual) {
      if (!expected.has(name)) messages.push(fail(join(outDir, name), "check:orphan", "its raw file is gone; run `npx dossier normalize` to remove it"));
    }
    if (developments && expectedDevelopments && existsSync(expectedDevelopments.file)) {
      const { file } = developments;
      if (!existsSync(file)) messages.push(fail(file, "check:missing", "is not generated yet; run `npx dossier normalize`"));
      else if (readFileSync(file, "utf8") !== readFileSync(expectedDevelopments.file, "utf8")) {
        messages.push(fail(file, "check:stale", "differs from what the articles and the entity table give now; run `npx dossier normalize`"));
      }
    }
    return messages;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
