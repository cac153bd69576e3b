/**
 * The paragraph-number links of a decision (src/components/DecisionText.astro) are one Tab stop:
 * the arrow keys move between them, Home/End go to the first/last, Page Up/Down jump ten. The link
 * last used (or the one of the paragraph the address points at) is the one Tab comes back to.
 */
const JUMP = 10;

for (const list of document.querySelectorAll<HTMLElement>("[data-paragraph-links]")) {
  const links = Array.from(list.querySelectorAll<HTMLAnchorElement>("a.pid"));
  let current = links.findIndex((a) => a.tabIndex === 0);

  const makeCurrent = (i: number) => {
    if (i === current || !links[i]) return;
    if (links[current]) links[current].tabIndex = -1;
    links[i].tabIndex = 0;
    current = i;
  };
  // Arriving at #p40 (a pinpoint from a case page), Tab continues from that paragraph's link.
  const followHash = () => {
    const i = links.findIndex((a) => a.hash === location.hash);
    if (i >= 0) makeCurrent(i);
  };
  followHash();
  addEventListener("hashchange", followHash);

  list.addEventListener("focusin", (e) => {
    const i = links.indexOf(e.target as HTMLAnchorElement);
    if (i >= 0) makeCurrent(i);
  });
  list.addEventListener("keydown", (e) => {
    const at = links.indexOf(e.target as HTMLAnchorElement);
    if (at < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const to = {
      ArrowDown: at + 1,
      ArrowRight: at + 1,
      ArrowUp: at - 1,
      ArrowLeft: at - 1,
      PageDown: at + JUMP,
      PageUp: at - JUMP,
      Home: 0,
      End: links.length - 1,
    }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const i = Math.max(0, Math.min(links.length - 1, to));
    makeCurrent(i);
    links[i]!.focus();
  });
}
export {};
