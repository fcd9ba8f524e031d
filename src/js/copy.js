// A "Copy" button beside each address on the feeds page; without JavaScript the addresses are links to select or copy.
const status = document.getElementById("copy-status");
for (const link of document.querySelectorAll("a[data-copy]")) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = "Copy";
  button.setAttribute("aria-label", `Copy the ${link.dataset.copy}`);
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(link.href);
      status.textContent = `Copied ${link.href}`;
    } catch {
      status.textContent = "This browser did not allow copying: select the address instead.";
    }
  });
  link.after(" ", button);
}
