/**
 * "/" focuses the search box from anywhere a reader is not typing: the search page's own box
 * there, the header's box on every other page.
 */
const typing = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typing(document.activeElement)) return;
  const box = document.querySelector<HTMLInputElement>("[data-search-primary]") ?? document.querySelector<HTMLInputElement>("[data-search-box]");
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
export {};
