/**
 * Build-time inputs of /varsel/ and the varsel section of /method/: the notice cases, their model
 * and backtest (through the same domain functions as `npm run backtest -- --varsel`), the appeal
 * record, the timings, and the data file the page's island fetches.
 */
import { createHash } from "node:crypto";
import { estimatorBuild } from "../components/calculator/build.ts";
import type { KindArguments } from "../domain/arguments.ts";
import { ratesAt } from "../domain/estimator/node.ts";
import type { SourceRef } from "../domain/schema/case.ts";
import { appealRecord, type AppealCase } from "../domain/varsel/appeals.ts";
import { argumentRecord } from "../domain/varsel/arguments.ts";
import { runVarselBacktest, type VarselBacktest } from "../domain/varsel/backtest.ts";
import { noticeContext } from "../domain/varsel/context.ts";
import type { NoticeContext } from "../domain/varsel/assess.ts";
import { timings, type Timings } from "../domain/varsel/timing.ts";
import type { VarselData } from "../components/varsel/data.ts";
import type { Locale } from "../i18n/strings.ts";
import { kindText } from "./argument-kinds.ts";
import { caseText, type Text } from "./case-text.ts";
import { library } from "./library.ts";
import { decisionHref, href } from "./paths.ts";

/** A citation as a link: the library's paragraph, or the authority's own page for a text we do not hold. */
export interface Cite {
  label: string;
  /** Site-relative (our decision pages) or absolute (another site). */
  href: string | null;
  paragraph?: string;
}

export const citeKey = (s: SourceRef) => `${s.document}${s.paragraph ? `#${s.paragraph}` : ""}`;

export function citeOf(source: SourceRef): Cite {
  const doc = library().documents.get(source.document);
  if (!doc) return { label: source.document, href: null };
  const inLibrary = doc.inLibrary && doc.text;
  const target = inLibrary ? decisionHref(doc.id, source.paragraph) : (doc.links.url ?? doc.links.gdprhub ?? null);
  return { label: doc.reference ?? doc.title, href: target, ...(source.paragraph ? { paragraph: source.paragraph } : {}) };
}

export interface VarselBuild {
  ctx: NoticeContext;
  appeals: AppealCase[];
  timings: Timings;
  /** The argument record over every notice case. */
  record: KindArguments[];
}

let cached: VarselBuild | undefined;
export function varselBuild(): VarselBuild {
  if (cached) return cached;
  const lib = library();
  const { cases, model, context } = estimatorBuild();
  const ctx = noticeContext(lib.cases, lib.authorities.values(), cases, model, context, lib.rates);
  const appeals = appealRecord(lib.cases, {
    documentAuthority: (id) => lib.documents.get(id)?.authority,
    isAppealBody: (id) => {
      const kind = lib.authorities.get(id)?.kind;
      return kind === "appeal-board" || kind === "court";
    },
  });
  cached = {
    ctx,
    appeals,
    timings: timings(ctx.notices, appeals),
    record: argumentRecord(lib.cases, new Set(ctx.notices.map((c) => c.id)), lib.argumentKinds),
  };
  return cached;
}

let backtestCached: VarselBacktest | undefined;
/** The leave-one-out backtest (a few seconds: every comparable-case estimate is redone without each case). */
export function varselBacktest(): VarselBacktest {
  if (backtestCached) return backtestCached;
  const lib = library();
  const { cases, model } = estimatorBuild();
  backtestCached = runVarselBacktest(varselBuild().ctx.notices, cases, model, ratesAt(lib.rates));
  return backtestCached;
}

/**
 * The island's data in one language: everything the forecast, the closest cases and the reply
 * skeleton need, with our texts from the record's block in that language where it has one
 * (src/lib/case-text.ts) and the language of each text that falls back to English.
 */
export function varselData(locale: Locale): VarselData {
  const lib = library();
  const { ctx, appeals, timings: t, record } = varselBuild();
  const ids = new Set(ctx.notices.map((c) => c.id));
  const texts = new Map(lib.cases.filter((r) => ids.has(r.id) || appeals.some((a) => a.id === r.id)).map((r) => [r.id, caseText(r, locale)]));
  /** `{ [key]: text, [key + "Lang"]: lang }`, the lang left out when the text is in `locale`. */
  const localized = <K extends string>(key: K, t: Text) => ({ [key]: t.text, ...(t.lang ? { [`${key}Lang`]: t.lang } : {}) }) as Record<K, string> & Partial<Record<`${K}Lang`, Locale>>;
  const cites: Record<string, Cite> = {};
  const cite = (s: SourceRef) => {
    cites[citeKey(s)] ??= citeOf(s);
    return citeKey(s);
  };
  const args = lib.cases
    .filter((r) => ids.has(r.id))
    .flatMap((r) =>
      r.arguments.map((a, index) => {
        const own = texts.get(r.id)!.arguments[index]!;
        return {
          caseId: r.id,
          index,
          kinds: a.kinds,
          result: a.result,
          ...localized("argument", own.argument),
          ...localized("answer", own.answer ?? { text: a.answer, lang: undefined }),
          ...(a.pinpoint ? { cite: cite(a.pinpoint) } : {}),
        };
      }),
    );
  for (const c of ctx.notices) {
    cite(c.notice.source);
    cite(c.final.source);
    if (c.appeal) cite(c.appeal.source);
  }
  return {
    notices: ctx.notices.map((c) => ({ ...c, ...localized("title", texts.get(c.id)!.title) })),
    noticeRatios: ctx.noticeRatios,
    varsel: ctx.varsel,
    dpa: Object.fromEntries([...lib.authorities.values()].filter((a) => a.kind === "dpa").map((a) => [a.country, a.id])),
    authorityNames: Object.fromEntries([...lib.authorities.values()].map((a) => [a.id, a.name])),
    kinds: record.map((g) => ({ id: g.kind.id, label: kindText(g.kind, locale).label })),
    arguments: args,
    appeals: appeals.map((a) => ({ id: a.id, ...localized("title", texts.get(a.id)!.title), body: a.body ?? null, outcome: a.outcome })),
    timings: { noticeToDecision: t.noticeToDecision.median, decisionToAppeal: t.decisionToAppeal.median },
    cites,
  };
}

export interface VarselDataFile {
  /** File name without ".json", e.g. "varsel.nb.3f9a0c1b2d". */
  name: string;
  body: string;
}
const fileCached = new Map<Locale, VarselDataFile>();
/** The data file of one language, named by its language and content hash. */
export function varselDataFile(locale: Locale): VarselDataFile {
  let file = fileCached.get(locale);
  if (!file) {
    const body = JSON.stringify(varselData(locale));
    file = { name: `varsel.${locale}.${createHash("sha256").update(body).digest("hex").slice(0, 10)}`, body };
    fileCached.set(locale, file);
  }
  return file;
}
export const varselDataUrl = (locale: Locale) => href(`/varsel/${varselDataFile(locale).name}.json`);
