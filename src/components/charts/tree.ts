/**
 * The charts are drawn once as a small element tree, then either written out as markup (at build
 * time, into the page and the downloadable .svg) or built as DOM nodes (in the browser, when a
 * filter changes the data). Text goes in as text nodes and attributes through setAttribute, so a
 * case name never becomes markup.
 */
export type AttrValue = string | number | undefined | false;
export type Attrs = Record<string, AttrValue>;
export interface El {
  tag: string;
  attrs: Attrs;
  children: Child[];
}
export type Child = El | string;
type ChildArg = Child | readonly ChildArg[] | undefined | false | null;

const flat = (args: readonly ChildArg[], out: Child[] = []): Child[] => {
  for (const a of args) {
    if (a === undefined || a === false || a === null) continue;
    if (Array.isArray(a)) flat(a as readonly ChildArg[], out);
    else out.push(a as Child);
  }
  return out;
};

export const h = (tag: string, attrs: Attrs = {}, ...children: ChildArg[]): El => ({ tag, attrs, children: flat(children) });

/** A coordinate with one decimal: enough for a screen, and short markup. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");
const present = (v: AttrValue): v is string | number => v !== undefined && v !== false;

export function toMarkup(node: Child): string {
  if (typeof node === "string") return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => present(v))
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join("");
  return `<${node.tag}${attrs}>${node.children.map(toMarkup).join("")}</${node.tag}>`;
}

const SVG = "http://www.w3.org/2000/svg";

export function toDom(node: Child, doc: Document, svg = false): Node {
  if (typeof node === "string") return doc.createTextNode(node);
  const inSvg = svg || node.tag === "svg";
  const el = inSvg ? doc.createElementNS(SVG, node.tag) : doc.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) if (present(v)) el.setAttribute(k, String(v));
  for (const c of node.children) el.appendChild(toDom(c, doc, inSvg));
  return el;
}

/**
 * Presentation attributes for each class, for an .svg file that stands alone (downloaded, opened
 * without the site's stylesheet): like CSS rules, a later class of an element overrides an earlier
 * one; attributes the element sets itself are kept.
 */
export function paint(node: El, paints: Record<string, Attrs>): El {
  const classes = String(node.attrs.class ?? "").split(" ").filter(Boolean);
  const extra = Object.assign({}, ...classes.map((c) => paints[c] ?? {})) as Attrs;
  return {
    tag: node.tag,
    attrs: { ...extra, ...node.attrs },
    children: node.children.map((c) => (typeof c === "string" ? c : paint(c, paints))),
  };
}

/** Fills a UI template: "{n} of {total}" with { n: "3", total: "5" }. Unknown keys stay visible. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** A mark's label as shown: its own text after the prefix its group gives (a heat-map row's case). */
export const tipText = (tip: string, prefix: string | undefined) => (prefix ? `${prefix} · ${tip}` : tip);
