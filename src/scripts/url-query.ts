/**
 * Keeps a filter in the address bar without slowing the change that set it: history.replaceState
 * makes the browser record the scroll position, which forces a layout, so the address is written
 * after the next frame has painted the filtered table, and only the latest of quick changes is.
 */
let pending: string | undefined;

export function writeQuery(query: string) {
  const scheduled = pending !== undefined;
  pending = query;
  if (scheduled) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const search = pending ? `?${pending}` : "";
      pending = undefined;
      if (search !== location.search) history.replaceState(history.state, "", (search || location.pathname) + location.hash);
    }, 0),
  );
}
