/**
 * Filters the decision library table by country, body, year and "has a fine". The filters
 * live in the URL query so a filtered list can be shared; unknown values are ignored and the
 * page says so rather than showing an empty table for a reason the reader cannot see.
 */
const form = document.querySelector<HTMLFormElement>("#decision-filters");
const table = document.querySelector<HTMLTableElement>("#decision-table");
const statusLine = document.querySelector<HTMLElement>("#filter-status");

if (form && table && statusLine) {
  const rows = Array.from(table.tBodies[0]?.rows ?? []);
  const selects = Array.from(form.querySelectorAll<HTMLSelectElement>("select"));
  const fineBox = form.querySelector<HTMLInputElement>("input[name=fine]")!;
  const notice = document.querySelector<HTMLElement>("#filter-notice");
  form.hidden = false;

  // Restore from the URL, dropping values that match no option.
  const params = new URLSearchParams(location.search);
  const ignored: string[] = [];
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted === null) continue;
    if (Array.from(select.options).some((o) => o.value === wanted)) select.value = wanted;
    else ignored.push(`${select.name}=${wanted}`);
  }
  fineBox.checked = params.get("fine") === "1";
  if (ignored.length > 0 && notice) {
    notice.textContent = `Ignored unknown filter value${ignored.length > 1 ? "s" : ""} in the address: ${ignored.join(", ")}. Showing all values for ${ignored.length > 1 ? "those filters" : "that filter"}.`;
    notice.hidden = false;
  }

  const apply = () => {
    const wanted = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    let shown = 0;
    for (const row of rows) {
      const visible =
        selects.every((s) => wanted[s.name] === "" || row.dataset[s.name] === wanted[s.name]) &&
        (!fineBox.checked || row.dataset.fine === "1");
      row.hidden = !visible;
      if (visible) shown++;
    }
    statusLine.textContent = statusLine.dataset.template!.replace("{n}", String(shown));
    const query = new URLSearchParams();
    for (const s of selects) if (s.value) query.set(s.name, s.value);
    if (fineBox.checked) query.set("fine", "1");
    const search = query.toString();
    history.replaceState(null, "", search ? `?${search}` : location.pathname);
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (e) => e.preventDefault());
  apply();
}
export {};
