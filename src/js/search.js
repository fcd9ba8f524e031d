// Site search with Pagefind's index; results are built with DOM calls, never innerHTML.
const root = document.getElementById("search");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
document.getElementById("site-search").value = query;

// Keep only the text and <mark> highlights of an excerpt.
function excerpt(markup) {
  const p = document.createElement("p");
  const parsed = new DOMParser().parseFromString(markup, "text/html");
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(node.textContent ?? "");
    }
  }
  return p;
}

async function run() {
  if (!query) return;
  status.textContent = "Searching…";
  const pagefind = await import(root.dataset.pagefind);
  await pagefind.options({ baseUrl: root.dataset.base });
  // A large site is searched in one index per shard of its build.
  for (const index of root.dataset.merge?.split(" ") ?? []) await pagefind.mergeIndex(index, { baseUrl: root.dataset.base });
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  status.textContent = results.length ? `${search.results.length} ${search.results.length === 1 ? "article matches" : "articles match"} “${query}”.` : `No article matches “${query}”.`;
  for (const result of results) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    item.append(link, excerpt(result.excerpt));
    list.append(item);
  }
}

run().catch(() => {
  status.textContent = "Search is not available: the index was not built.";
});
