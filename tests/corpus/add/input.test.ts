import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DossierError } from "../../../pipeline/model/errors.ts";
import { fromFile, fromStream, fromUrl } from "../../../pipeline/corpus/add/input.ts";
import { articlePage } from "../../helpers/html.ts";
import { startServer, type TestServer } from "../../helpers/http-server.ts";

let server: TestServer;
beforeAll(async () => {
  const slashed = articlePage
    .replace(/<title>[^<]*<\/title>/, "<title>Talks 24/7 in Doha</title>")
    .replace(/<h1>[^<]*<\/h1>/, "<h1>Talks 24/7 in Doha</h1>")
    .replace(/<meta property="og:title"[^>]*>/, "");
  server = await startServer({
    "/article": { headers: { "content-type": "text/html" }, body: articlePage },
    "/slashed": { headers: { "content-type": "text/html" }, body: slashed },
  });
});
afterAll(() => server.close());

describe("fromFile", () => {
  it("reads the bytes and keeps the path as the name hint", () => {
    const file = join(mkdtempSync(join(tmpdir(), "in-")), "talks.txt");
    writeFileSync(file, "Headline\n\nBody.\n");
    expect(fromFile(file)).toEqual({ origin: file, hint: file, bytes: Buffer.from("Headline\n\nBody.\n"), found: {} });
  });

  it("names a file it cannot read", () => {
    expect(() => fromFile("/nonexistent/talks.txt")).toThrow(new DossierError("/nonexistent/talks.txt", "add:unreadable", "cannot be read"));
  });
});

describe("fromStream", () => {
  it("reads pasted text", async () => {
    const incoming = await fromStream(Readable.from([Buffer.from("Headline\n\n"), Buffer.from("Body.\n")]));
    expect(incoming).toMatchObject({ origin: "standard input", hint: "pasted.txt" });
    expect(Buffer.from(incoming.bytes).toString()).toBe("Headline\n\nBody.\n");
  });

  it("takes a pasted page's source for HTML", async () => {
    expect((await fromStream(Readable.from([Buffer.from("\n  <!DOCTYPE html><html><body>")]))).hint).toBe("pasted.html");
    expect((await fromStream(Readable.from([Buffer.from("<html lang=en>")]))).hint).toBe("pasted.html");
    expect((await fromStream(Readable.from([Buffer.from("HTML pages are everywhere")]))).hint).toBe("pasted.txt");
  });
});

describe("fromUrl", () => {
  it("keeps the page as served, named after its headline, with its address", async () => {
    const incoming = await fromUrl(server.url("/article"), { allowPrivate: true });
    expect(Buffer.from(incoming.bytes).toString()).toBe(articlePage);
    expect(incoming.hint).toBe("What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?.html");
    expect(incoming.found).toEqual({ url: "https://news.example/en/202306051234" });
  });

  it("never reads a slash in a headline as a folder", async () => {
    expect((await fromUrl(server.url("/slashed"), { allowPrivate: true })).hint).toBe("Talks 24 7 in Doha.html");
  });
});
