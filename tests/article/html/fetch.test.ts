import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DossierError } from "../../../pipeline/model/errors.ts";
import { fetchArticle, fetchPage as fetchAny, type FetchOptions } from "../../../pipeline/article/html/fetch.ts";
import { articlePage, indexPage } from "../../helpers/html.ts";
import { startServer, type TestServer } from "../../helpers/http-server.ts";

const html = { "content-type": "text/html; charset=utf-8" };
let server: TestServer;
/** The test server is on loopback, which is refused unless allowed. */
const local = { allowPrivate: true };
const fetchPage = (address: string, options: FetchOptions = {}) => fetchAny(address, { ...local, ...options });

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
    "/gzip": { headers: { ...html, "content-encoding": "gzip" }, body: gzipSync(articlePage) },
    "/loop": { status: 302, headers: { location: "/loop" } },
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
    expect(error.detail.rule).toBe("fetch:status");
    expect(error.message).toContain("HTTP 410");
  });

  it("rejects what is not HTML, naming the content type", async () => {
    const json = await failure(fetchPage(server.url("/data.json")));
    expect(json.detail.rule).toBe("fetch:not-html");
    expect(json.message).toContain("application/json");
    expect((await failure(fetchPage(server.url("/untyped")))).detail.rule).toBe("fetch:not-html");
  });

  it("rejects a page over the size limit", async () => {
    const error = await failure(fetchPage(server.url("/big"), { maxBytes: 1000 }));
    expect(error.detail.rule).toBe("fetch:too-large");
  });

  it("gives up on a server that does not answer", async () => {
    const error = await failure(fetchPage(server.url("/hang"), { timeoutMs: 300 }));
    expect(error.detail.rule).toBe("fetch:failed");
    expect(error.message).toContain("no answer within 300 ms");
  });

  it("reports a refused connection", async () => {
    const closed = await startServer({});
    const address = closed.url("/article");
    await closed.close();
    const error = await failure(fetchPage(address));
    expect(error.detail.rule).toBe("fetch:failed");
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("decompresses a page served compressed", async () => {
    expect((await fetchPage(server.url("/gzip"))).html).toBe(articlePage);
  });

  it("gives up after 20 redirects", async () => {
    const error = await failure(fetchPage(server.url("/loop")));
    expect(error.detail.rule).toBe("fetch:redirects");
    expect(error.message).toContain("more than 20 redirects");
  });

  it("refuses addresses that are not http(s)", async () => {
    expect((await failure(fetchPage("file:///etc/passwd"))).detail.rule).toBe("fetch:url");
    expect((await failure(fetchPage("not a url"))).detail.rule).toBe("fetch:url");
  });
});

describe("fetchArticle", () => {
  it("returns the article of a downloaded page", async () => {
    const { article, page } = await fetchArticle(server.url("/article"), local);
    expect(article.page.title?.value).toBe("What Was Qatari Prime Minister’s Message to Taliban Leader in Kandahar?");
    expect(page.url).toBe(server.url("/article"));
  });

  it("rejects a page without an article", async () => {
    const error = await failure(fetchArticle(server.url("/index"), local));
    expect(error.detail.rule).toBe("fetch:no-article");
    expect(error.message).toContain("no article found");
  });
});

describe("addresses off the public web", () => {
  it("refuses a server on loopback unless private addresses are allowed", async () => {
    const error = await failure(fetchAny(server.url("/article")));
    expect(error.detail.rule).toBe("fetch:private");
    expect(error.message).toContain("refused: 127.0.0.1 is a loopback address, not on the public web; add --allow-private to download it anyway");
    expect((await fetchAny(server.url("/article"), { allowPrivate: true })).html).toBe(articlePage);
  });

  it("refuses a host name that resolves to loopback", async () => {
    const error = await failure(fetchAny(server.url("/article").replace("127.0.0.1", "localhost")));
    expect(error.detail.rule).toBe("fetch:private");
    expect(error.message).toMatch(/refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
  });

  it.each([
    ["http://0.0.0.0/", "an unspecified"],
    ["http://169.254.169.254/latest/meta-data/", "a cloud metadata"],
    ["http://169.254.1.1/", "a link-local"],
    ["http://10.0.0.8/", "a private"],
    ["http://172.16.5.4/", "a private"],
    ["http://192.168.1.1/", "a private"],
    ["http://2130706433/", "a loopback"],
    ["http://[::1]/", "a loopback"],
    ["http://[::]/", "an unspecified"],
    ["http://[fd00::1]/", "a private (unique local)"],
    ["http://[fe80::1]/", "a link-local"],
    ["http://[::ffff:127.0.0.1]/", "a loopback"],
    ["http://[::ffff:169.254.169.254]/", "a cloud metadata"],
  ])("refuses %s as %s address, before connecting", async (address, range) => {
    const error = await failure(fetchAny(address));
    expect(error.detail.rule).toBe("fetch:private");
    expect(error.message).toContain(`${range} address`);
  });

  it("checks every redirect: a hop to a refused address stops the download", async () => {
    // Two loopback addresses stand for the public web and the private one.
    const inside = await startServer({ "/secret": { headers: html, body: articlePage } }, "127.0.0.2");
    const outside = await startServer({ "/jump": { status: 302, headers: { location: inside.url("/secret") } } });
    try {
      const refuse = (ip: string) => (ip === "127.0.0.1" ? null : "a private");
      const error = await failure(fetchAny(outside.url("/jump"), { refuse }));
      expect(error.detail.rule).toBe("fetch:private");
      expect(error.message).toContain(`refused (redirected to ${inside.url("/secret")}): 127.0.0.2 is a private address`);
      expect((await fetchAny(outside.url("/jump"), { allowPrivate: true })).url).toBe(inside.url("/secret"));
    } finally {
      await Promise.all([inside.close(), outside.close()]);
    }
  });
});
