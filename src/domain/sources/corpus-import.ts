import type { Authority, SourceDocument } from "../schema/document.ts";
import { currencies, type Country, type Currency } from "../schema/primitives.ts";
import { slugify } from "../text/fold.ts";

const countryByJurisdiction: Record<string, Country> = {
  Norway: "NO",
  Sweden: "SE",
  Denmark: "DK",
  Finland: "FI",
  Iceland: "IS",
};

/** GDPRhub writes dates DD/MM/YYYY. */
export function gdprhubDate(value: string | undefined): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value?.trim() ?? "");
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}

/** GDPRhub runs the article list together: "Article 5(1)(f) GDPRArticle 32 GDPR". */
export function splitRelevantLaw(value: string): string[] {
  return value
    .split(/(?<=GDPR|Act|\))(?=Article|Section|§|Chapter|[A-Z][a-z]+ )/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "NorwegianNorwegian" and "Swedish Swedish" are GDPRhub's doubled language fields. */
function originalLanguage(value: string): string | undefined {
  const names = value.match(/[A-Z][a-z]+/g) ?? [];
  return [...new Set(names)].join(", ") || undefined;
}

const present = (value: string | undefined) => (value && value !== "n/a" ? value.trim() : undefined);

export function corpusRowToDocument(
  row: Record<string, string | undefined>,
  authorities: Authority[],
  taken: Set<string>,
): SourceDocument {
  const title = row.title!.trim();
  const authority = authorities.find((a) => a.gdprhubNames.includes(row.body!.trim()));
  if (!authority) throw new Error(`decisions.csv ${row.kind} ${row.id}: body "${row.body}" is not in content/authorities.json`);
  // Some GDPRhub titles are whole sentences: keep URLs readable.
  const base = slugify(title).slice(0, 72).replace(/-[^-]*$|-$/, (m) => (slugify(title).length > 72 ? "" : m));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  const currency = row.fine_currency?.trim();
  const amount = Number(row.fine_amount);
  const fine =
    currency && (currencies as readonly string[]).includes(currency) && row.fine_amount && Number.isFinite(amount)
      ? { amount, currency: currency as Currency }
      : undefined;
  const reference = present(row.national_case_number_name) ?? title.replace(/^.*? - /, "");
  return {
    id,
    kind: row.kind === "court" || authority.kind !== "dpa" ? "judgment" : "decision",
    title,
    authority: authority.id,
    country: countryByJurisdiction[row.jurisdiction!.trim()],
    date: gdprhubDate(row.decided) ?? gdprhubDate(row.published),
    reference,
    originalLanguage: originalLanguage(row.original_languages ?? ""),
    inLibrary: true,
    text: {
      path: `corpus/gdprhub-nordic/${row.text_file}`,
      sha256: row.text_sha256!,
      format: "gdprhub-mt",
      language: "en",
      machineTranslated: true,
    },
    links: {
      gdprhub: row.gdprhub_url,
      originalName: present(row.original_source),
    },
    metadata: {
      type: present(row.type),
      outcome: present(row.outcome),
      fine,
      fineAsWritten: present(row.fine),
      articles: splitRelevantLaw(row.relevant_law ?? ""),
      parties: present(row.parties),
      published: gdprhubDate(row.published),
      corpusId: `${row.kind}:${row.id}`,
    },
  };
}
