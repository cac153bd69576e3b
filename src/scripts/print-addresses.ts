/**
 * A printout must carry working addresses. Without a configured site address (ART83_SITE) the
 * build writes them relative; here they become absolute against the address the page was
 * served from: the page's own address in the print header, and every citation's (a.pinpoint,
 * a.source-link) as its data-cite, which the print style shows after the link (without this
 * script it shows the href as written).
 */
const absolute = (path: string) => new URL(path, location.href).href;

const own = document.querySelector<HTMLElement>(".print-url");
if (own && !/^https?:/.test(own.textContent ?? "")) own.textContent = absolute(location.pathname + location.search);
for (const a of document.querySelectorAll<HTMLAnchorElement>("a.pinpoint[href], a.source-link[href], a[data-cite]")) {
  a.dataset.cite = absolute(a.dataset.cite || a.getAttribute("href")!);
}
export {};
