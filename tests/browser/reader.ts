/** A browser page that records everything a reader should never see go wrong. */
import type { Browser, Page } from "playwright-core";

export interface Watched {
  page: Page;
  problems: string[];
}

export async function watchedPage(browser: Browser, options: Parameters<Browser["newPage"]>[0] = {}): Promise<Watched> {
  const page = await browser.newPage(options);
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`${page.url()}: console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Leaving a page cancels what it was still fetching (its icon, say): not a failure.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on("dialog", (dialog) => {
    problems.push(`${page.url()}: dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}
