/**
 * "Cite this" (src/components/CiteThis.astro) and the Cite button of a decision paragraph
 * (src/components/DecisionText.astro). The server writes the citation with a relative permalink
 * unless the site's address is configured (ART83_SITE); here it becomes absolute against the
 * address the page was served from. A decision's paragraphs share one button, moved to the
 * paragraph in use (focused, clicked or addressed by #pN), so the list stays one Tab stop.
 */
const absolute = (path: string) => new URL(path, location.href).href;

const copy = async (text: string, status: Element, { citeCopied, citeFailed }: DOMStringMap) => {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = citeCopied!;
  } catch {
    status.textContent = citeFailed!;
  }
};

for (const box of document.querySelectorAll<HTMLElement>("[data-cite-box]")) {
  const link = box.querySelector("[data-permalink]")!;
  link.textContent = absolute(link.textContent!);
  const text = box.querySelector("[data-citation]")!;
  const button = box.querySelector<HTMLButtonElement>("[data-cite-copy]")!;
  button.hidden = false;
  button.addEventListener("click", () => copy(text.textContent!.replace(/\s+/g, " ").trim(), box.querySelector("[data-cite-status]")!, box.dataset));
}

const list = document.querySelector<HTMLElement>("[data-cite-before]");
if (list) {
  const d = list.dataset;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "cite-para link-button";
  button.lang = document.documentElement.lang;
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  status.className = "cite-status";
  let para: HTMLElement | undefined;

  const place = (p: HTMLElement | null | undefined) => {
    if (!p || p === para || !p.classList.contains("para") || !list.contains(p)) return;
    para = p;
    button.textContent = d.citeLabel!.replace("{n}", p.id.slice(1));
    status.textContent = "";
    p.append(button, status);
  };
  // The decision's own section: the nearest mark at or before the paragraph (an empty mark ends one).
  const section = (p: Element | null) => {
    for (; p; p = p.previousElementSibling) if (p.hasAttribute("data-section")) return p.getAttribute("data-section");
    return "";
  };
  button.addEventListener("click", () => {
    const n = para!.id.slice(1);
    const s = section(para!);
    const part = (s ? d.citeParagraphSection!.replace("{section}", s) : d.citeParagraph!).replace("{n}", n);
    copy(d.citeBefore!.replace("{paragraph}", part) + absolute(`${d.citePath}#${para!.id}`) + d.citeAfter, status, d);
  });
  const at = (e: Event) => (e.target as Element).closest<HTMLElement>(".para");
  list.addEventListener("focusin", (e) => place(at(e)));
  list.addEventListener("click", (e) => place(at(e)));
  const followHash = () => place(location.hash ? document.getElementById(location.hash.slice(1)) : list.querySelector<HTMLElement>(".para"));
  followHash();
  addEventListener("hashchange", followHash);
}
export {};
