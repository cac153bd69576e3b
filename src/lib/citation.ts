import type { Citation } from "../domain/citation.ts";
import type { Formatters } from "../domain/format.ts";
import type { Strings } from "../i18n/strings.ts";

const PERMALINK = "\u0000";

/** A citation's sentence in the page's language, split around the permalink (which the browser makes absolute). */
export function citationParts(c: Citation, ui: Strings, fmt: Formatters) {
  const sentence = ui.cite.sentence({
    body: c.body,
    kind: ui.cite.kind[c.kind],
    date: c.date && fmt.date(c.date),
    reference: c.reference,
    paragraph: c.paragraph && ui.cite.paragraph(String(c.paragraph.number), c.paragraph.section && ui.cite.section(c.paragraph.section.number, c.paragraph.section.title)),
    permalink: PERMALINK,
    original: c.original,
  });
  const [before, after = ""] = sentence.split(PERMALINK);
  return { before: before!, permalink: c.permalink, after, text: sentence.replace(PERMALINK, c.permalink) };
}

/**
 * What src/scripts/cite.ts needs to write a paragraph's citation in the browser, as data
 * attributes: the decision's sentence with a {paragraph} slot, and the paragraph part with
 * {n} and {section} slots (the section labels sit on the numbered headings, data-section).
 */
export function paragraphTemplate(c: Citation, ui: Strings, fmt: Formatters) {
  const parts = citationParts({ ...c, paragraph: { number: 0 } }, ui, fmt);
  const slot = ui.cite.paragraph("0");
  return {
    "data-cite-before": parts.before.replace(slot, "{paragraph}"),
    "data-cite-after": parts.after,
    "data-cite-path": c.permalink,
    "data-cite-paragraph": ui.cite.paragraph("{n}"),
    "data-cite-paragraph-section": ui.cite.paragraph("{n}", "{section}"),
    "data-cite-label": ui.cite.paragraphButton("{n}"),
    "data-cite-copied": ui.cite.copied,
    "data-cite-failed": ui.cite.failed,
  };
}
