// The timeline's filters: the choice lives in the query string, so a filtered view can be shared;
// matches come from the whole dossier's index and are built with DOM calls, never innerHTML.
const form = document.getElementById("timeline-filter");
const list = document.getElementById("timeline-list");
const results = document.getElementById("filter-results");
const status = document.getElementById("filter-status");
const KEYS = { topic: "topics", entity: "entities", source: "sources", lang: "languages" };
// Enough to read; a narrower filter shows the rest.
const SHOWN = 500;
let index;

function chosen() {
  const params = new URLSearchParams(location.search);
  return Object.keys(KEYS).filter((key) => params.get(key)).map((key) => [key, params.get(key)]);
}

function item(row) {
  const li = document.createElement("li");
  li.className = "development";
  const when = document.createElement("p");
  when.className = "when";
  const link = document.createElement("a");
  link.href = row.href;
  link.textContent = row.when;
  when.append(link);
  const what = document.createElement("p");
  what.className = "what";
  what.dir = "auto";
  what.textContent = row.text;
  li.append(when, what);
  return li;
}

async function apply() {
  const filters = chosen();
  for (const select of form.querySelectorAll("select")) {
    select.value = filters.find(([key]) => key === select.name)?.[1] ?? "";
  }
  results.replaceChildren();
  if (filters.length === 0) {
    results.hidden = true;
    list.hidden = false;
    status.textContent = "";
    return;
  }
  status.textContent = "Filtering…";
  index ??= await fetch(form.dataset.index).then((response) => response.json());
  const matches = index.developments.filter((row) => filters.every(([key, value]) => row[KEYS[key]].includes(value)));
  results.append(...matches.slice(0, SHOWN).map(item));
  const names = filters.map(([key, value]) => form.querySelector(`select[name="${key}"] option[value="${CSS.escape(value)}"]`)?.textContent ?? value);
  status.textContent = `${matches.length} ${matches.length === 1 ? "development matches" : "developments match"} ${names.join(" and ")}${matches.length > SHOWN ? `; the newest ${SHOWN} are shown` : ""}.`;
  results.hidden = false;
  list.hidden = true;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const select of form.querySelectorAll("select")) if (select.value) params.set(select.name, select.value);
  const query = params.toString();
  history.pushState(null, "", query ? `?${query}` : location.pathname);
  apply().catch(() => (status.textContent = "Filtering is not available: the index could not be read."));
});
window.addEventListener("popstate", () => apply());
apply().catch(() => (status.textContent = "Filtering is not available: the index could not be read."));
