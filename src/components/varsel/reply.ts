/**
 * The reply skeleton: one structure of headings, paragraphs and list items whose runs may be links,
 * rendered as Markdown (here) and as .docx (./docx.ts, which loads the `docx` library on click).
 * Every link is absolute: the site's address (ART83_SITE) when the build had one, else the address
 * the page was served from.
 */
import type { NoticeAssessment } from "../../domain/varsel/assess.ts";
import { countByKind } from "../../domain/varsel/arguments.ts";
import { countOutcomes } from "../../domain/varsel/appeals.ts";
import type { Formatters } from "../../domain/format.ts";
import type { VarselStrings } from "../../i18n/islands.ts";
import type { VarselData } from "./data.ts";

export interface Run {
  text: string;
  link?: string;
  bold?: boolean;
}
export type Block = { kind: "title"; text: string } | { kind: "heading"; text: string } | { kind: "paragraph"; runs: Run[] } | { kind: "item"; runs: Run[]; level?: 0 | 1 };

export interface ReplyInput {
  assessment: NoticeAssessment;
  date?: string;
  data: VarselData;
  ui: VarselStrings;
  fmt: Formatters;
  /** Absolute address of a site path or an outside address. */
  absolute: (path: string) => string;
  /** Site path of a case page. */
  casePath: (id: string) => string;
  /** The page's own absolute address (with its query). */
  pageAddress: string;
  methodPath: string;
  today: string;
}

const pct = (fmt: Formatters, share: number) => `${fmt.number(Math.round(share * 100))} %`;

export function replySkeleton(input: ReplyInput): Block[] {
  const { assessment: a, data, ui, fmt, absolute } = input;
  const v = ui.varsel;
  const e = v.export;
  const money = (n: number) => fmt.money(n, a.currency);
  const byId = new Map(data.notices.map((c) => [c.id, c]));
  const kindLabel = new Map(data.kinds.map((k) => [k.id, k.label]));
  const argumentOf = new Map(data.arguments.map((x) => [`${x.caseId}#${x.index}`, x]));
  const citeRuns = (key: string | undefined): Run[] => {
    const cite = key ? data.cites[key] : undefined;
    if (!cite) return [];
    const label = cite.paragraph ? `${cite.label} ${ui.case.pinpoint(cite.paragraph)}` : cite.label;
    return [{ text: " (" }, cite.href ? { text: label, link: absolute(cite.href) } : { text: label }, { text: ")" }];
  };
  const caseRun = (id: string, title: string): Run => ({ text: title, link: absolute(input.casePath(id)) });
  const key = (s: { document: string; paragraph?: string }) => `${s.document}${s.paragraph ? `#${s.paragraph}` : ""}`;

  const blocks: Block[] = [
    { kind: "title", text: e.title },
    { kind: "paragraph", runs: [{ text: e.draft }] },
    { kind: "paragraph", runs: [{ text: e.generated(fmt.date(input.today)) }, { text: input.pageAddress, link: input.pageAddress }] },
    { kind: "heading", text: e.noticeHeading },
    { kind: "paragraph", runs: [{ text: e.noticeLine(money(a.notice), input.date ? fmt.date(input.date) : "") }] },
    {
      kind: "paragraph",
      runs: [
        {
          text: e.forecastLine(money(a.forecast.estimate), money(a.forecast.p25), money(a.forecast.p75), money(a.forecast.p10), money(a.forecast.p90), pct(fmt, a.forecast.pReduced)),
        },
        { text: " " },
        { text: v.result.method, link: absolute(input.methodPath) },
      ],
    },
    { kind: "heading", text: e.comparablesHeading },
    { kind: "paragraph", runs: [{ text: e.comparablesLead }] },
  ];
  for (const { id } of a.closest) {
    const c = byId.get(id);
    if (!c) continue;
    const change = c.change === "unchanged" ? v.distribution.unchanged : fmt.percent((c.ratio - 1) * 100);
    blocks.push({
      kind: "item",
      runs: [
        caseRun(c.id, c.title),
        { text: `: ${e.comparableLine(fmt.money(c.notice.amount, c.currency), fmt.money(c.final.amount, c.currency), change)}` },
        ...citeRuns(key(c.final.source)),
      ],
    });
    if (c.change === "reduced") {
      if (c.credited.length === 0) blocks.push({ kind: "item", level: 1, runs: [{ text: e.noReasons }] });
      for (const arg of c.credited) {
        blocks.push({
          kind: "item",
          level: 1,
          runs: [
            { text: `${ui.result[arg.result]} (${kindLabel.get(arg.kinds[0]!) ?? arg.kinds[0]}): `, bold: true },
            { text: argumentOf.get(`${c.id}#${arg.index}`)?.answer ?? "" },
            ...citeRuns(arg.pinpoint && key(arg.pinpoint)),
          ],
        });
      }
    }
  }

  blocks.push({ kind: "heading", text: e.argumentsHeading }, { kind: "paragraph", runs: [{ text: e.argumentsLead }] });
  const ids = new Set(a.closest.map((c) => c.id));
  for (const counts of countByKind(data.arguments, ids, data.kinds.map((k) => k.id))) {
    blocks.push({ kind: "paragraph", runs: [{ text: e.kindLine(kindLabel.get(counts.kind) ?? counts.kind, counts.accepted, counts.partly, counts.rejected), bold: true }] });
    for (const arg of data.arguments.filter((x) => ids.has(x.caseId) && x.kinds.includes(counts.kind))) {
      const c = byId.get(arg.caseId)!;
      blocks.push({ kind: "item", runs: [{ text: `${ui.result[arg.result]}: ` }, caseRun(c.id, c.title), { text: ` — ${arg.answer}` }, ...citeRuns(arg.cite)] });
    }
    blocks.push({ kind: "paragraph", runs: [{ text: e.yourArgument }] });
  }

  const pvn = data.appeals.filter((x) => x.body === "no-personvernnemnda");
  const counts = countOutcomes(pvn);
  blocks.push(
    { kind: "heading", text: e.appealHeading },
    { kind: "paragraph", runs: [{ text: e.appealLine(data.authorityNames["no-personvernnemnda"] ?? "Personvernnemnda", counts.upheld, counts.reduced, counts.annulled) }] },
  );
  for (const x of pvn) blocks.push({ kind: "item", runs: [caseRun(x.id, x.title), { text: `: ${v.appeal.outcomes[x.outcome]}` }] });
  return blocks;
}

const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1");
const runMd = (r: Run) => {
  const text = escapeMd(r.text);
  const linked = r.link ? `[${text}](<${r.link}>)` : text;
  return r.bold ? `**${linked}**` : linked;
};

export function toMarkdown(blocks: readonly Block[]): string {
  const lines: string[] = [];
  let inList = false;
  for (const b of blocks) {
    // A list ends with a blank line before the next block that is not an item.
    if (inList && b.kind !== "item") lines.push("");
    inList = b.kind === "item";
    if (b.kind === "title") lines.push(`# ${escapeMd(b.text)}`, "");
    else if (b.kind === "heading") lines.push(`## ${escapeMd(b.text)}`, "");
    else if (b.kind === "paragraph") lines.push(b.runs.map(runMd).join(""), "");
    else lines.push(`${b.level ? "  " : ""}- ${b.runs.map(runMd).join("")}`);
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
