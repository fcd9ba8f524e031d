import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DossierError } from "../../pipeline/core/errors.ts";
import { fetchArticle, fetchPage } from "../../pipeline/html/fetch.ts";
import { articlePage, indexPage } from "../helpers/html.ts";
import { startServer, type TestServer } from "../helpers/http-server.ts";

const html = { "content-type": "text/html; charset=utf-8" };
let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    "/article": { headers: html, body: articlePage },
    "/moved": { status: 301, headers: { location: "/article" } },
    "/index": { headers: html, body: indexPage },
    "/gone": { status: 410, headers: html, body: "<p>gone</p>" },
    "/data.json": { headers: { "content-type": "application/json" }, body: "{}" },
    "/untyped": { body: articlePage },
    "/big": { headers: html, body: "<p>" + "x".repeat(5000) + "</p>" },
    "/latin1": {
      headers: { "content-type": "text/html; charset=iso-8859-1" },
      body: Buffer.from("<p>médiation</p>", "latin1"),
    },
    "/hang": { hang: true },
  });
});

afterAll(() => server.close());

/** The DossierError a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<DossierError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DossierError);
  return error as DossierError;
}

describe("fetchPage", () => {
  it("returns the page exactly as served and its decoded text", async () => {
    const page = await fetchPage(server.url("/article"));
    expect(Buffer.from(page.bytes).toString("utf8")).toBe(articlePage);
    expect(page.html).toBe(articlePage);
  });

  it("follows redirects and reports the final address", async () => {
    expect((await fetchPage(server.url("/moved"))).url).toBe(server.url("/article"));
  });

  it("decodes with the charset the server declares", async () => {
    expect((await fetchPage(server.url("/latin1"))).html).toBe("<p>médiation</p>");
  });

  it("rejects an error status, naming it", async () => {
    const error = await failure(fetchPage(server.url("/gone")));
    expect(error.rule).toBe("fetch:status");
    expect(error.message).toContain("HTTP 410");
  });

  it("rejects what is not HTML, naming the content type", async () => {
    const json = await failure(fetchPage(server.url("/data.json")));
    expect(json.rule).toBe("fetch:not-html");
    expect(json.message).toContain("application/json");
    expect((await failure(fetchPage(server.url("/untyped")))).rule).toBe("fetch:not-html");
  });

  it("rejects a page over the size limit", async () => {
    const error = await failure(fetchPage(server.url("/big"), { maxBytes: 1000 }));
    expect(error.rule).toBe("fetch:too-large");
  });

  it("gives up on a server that does not answer", async () => {
    const error = await failure(fetchPage(server.url("/hang"), { timeoutMs: 300 }));
    expect(error.rule).toBe("fetch:failed");
    expect(error.message).toContain("no answer within 300 ms");
  });

  it("reports a refused connection", async () => {
    const closed = await startServer({});
    const address = closed.url("/article");
    await closed.close();
    const error = await failure(fetchPage(address));
    expect(error.rule).toBe("fetch:failed");
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("refuses addresses that are not http(s)", async () => {
    expect((await failure(fetchPage("file:///etc/passwd"))).rule).toBe("fetch:url");
    expect((await failure(fetchPage("not a url"))).rule).toBe("fetch:url");
  });
});

describe("fetchArticle", () => {
  it("returns the article of a downloaded page", async () => {
    const { article, page } = await fetchArticle(server.url("/article"));
    expect(article.page.title?.value).toBe("What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?");
    expect(page.url).toBe(server.url("/article"));
  });

  it("rejects a page without an article", async () => {
    const error = await failure(fetchArticle(server.url("/index")));
    expect(error.rule).toBe("fetch:no-article");
    expect(error.message).toContain("no article found");
  });
});
