import type { ArgumentResult } from "../../domain/schema/case.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { AppealOutcome } from "../../domain/varsel/appeals.ts";
import type { NoticeCase } from "../../domain/varsel/cases.ts";
import type { VarselModel } from "../../domain/varsel/model.ts";

/** A citation as a link (see src/lib/varsel.ts citeOf). */
export interface CiteData {
  label: string;
  href: string | null;
  paragraph?: string;
}

/**
 * An argument raised in a notice case, with its citation's key in `cites`. Its texts are in the
 * file's language where the record has them; `argumentLang`/`answerLang` name the language of a
 * text that is not (the record's English), so the island can mark it.
 */
export interface ArgumentData {
  caseId: string;
  index: number;
  kinds: string[];
  result: ArgumentResult;
  argument: string;
  answer: string;
  argumentLang?: Locale;
  answerLang?: Locale;
  cite?: string;
}

/** A notice case with its title in the file's language (`titleLang` when the title is in another). */
export type NoticeData = NoticeCase & { titleLang?: Locale };

/**
 * What /varsel/'s island fetches (a hashed JSON file per language, written at build): the notice
 * cases and their model, every argument raised in them, the appeal record and the citations as
 * links, with our texts and the kinds' labels in the page's language. The calculator's own data
 * file supplies the decided fines the comparison is made with.
 */
export interface VarselData {
  notices: NoticeData[];
  noticeRatios: Record<string, number>;
  varsel: VarselModel;
  /** Data-protection authority per country. */
  dpa: Record<string, string>;
  authorityNames: Record<string, string>;
  /** The argument kinds with their labels in the file's language, most argued in the notice cases first. */
  kinds: { id: string; label: string }[];
  arguments: ArgumentData[];
  appeals: { id: string; title: string; titleLang?: Locale; body: string | null; outcome: AppealOutcome }[];
  /** Median days (NaN → null in JSON). */
  timings: { noticeToDecision: number | null; decisionToAppeal: number | null };
  /** Keyed by `document#paragraph`. */
  cites: Record<string, CiteData>;
}
