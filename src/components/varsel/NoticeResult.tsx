/**
 * The forecast for the reader's notice, the closest notice cases, how arguments fared in them, and
 * the reply skeleton's downloads. Renders what it is given; the figures come from the domain.
 */
import { useState } from "preact/hooks";
import type { NoticeAssessment } from "../../domain/varsel/assess.ts";
import { countByKind } from "../../domain/varsel/arguments.ts";
import type { Formatters } from "../../domain/format.ts";
import { roundSignificant } from "../../domain/estimator/precision.ts";
import type { VarselStrings } from "../../i18n/islands.ts";
import type { VarselData } from "./data.ts";
import { replySkeleton, toMarkdown, type ReplyInput } from "./reply.ts";

export interface NoticeResultProps {
  assessment: NoticeAssessment;
  date?: string;
  data: VarselData;
  ui: VarselStrings;
  fmt: Formatters;
  links: { cases: string; method: string };
  reply: Omit<ReplyInput, "assessment" | "data" | "ui" | "fmt" | "date">;
}

const pct = (fmt: Formatters, share: number) => `${fmt.number(Math.round(share * 100))} %`;

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Three weeks after the notice: when a reply is usually due. */
function threeWeeksAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 21);
  return d.toISOString().slice(0, 10);
}

export default function NoticeResult({ assessment: a, date, data, ui, fmt, links, reply }: NoticeResultProps) {
  const v = ui.varsel;
  const r = v.result;
  const [status, setStatus] = useState<string>("");
  const money = (n: number) => fmt.money(n, a.currency);
  const byId = new Map(data.notices.map((c) => [c.id, c]));
  const kindLabel = new Map(data.kinds.map((k) => [k.id, k.label]));
  const own = data.varsel.byAuthority[a.authority] ?? { n: 0, reduced: 0 };
  const authorityName = data.authorityNames[a.authority] ?? a.authority;
  const cuts = data.varsel.reductions;
  const ids = new Set(a.closest.map((c) => c.id));
  const kindCounts = countByKind(data.arguments, ids, data.kinds.map((k) => k.id));
  const s = a.closestSummary;
  const caseHref = (id: string) => `${links.cases}${id}/`;
  const cite = (key: string | undefined) => {
    const c = key ? data.cites[key] : undefined;
    if (!c?.href) return null;
    return (
      <a class={c.paragraph ? "pinpoint" : "source-link"} href={c.href}>
        {c.label}
        {c.paragraph ? ` ${ui.case.pinpoint(c.paragraph)}` : ""}
      </a>
    );
  };
  const blocks = () => replySkeleton({ ...reply, assessment: a, data, ui, fmt, ...(date ? { date } : {}) });
  const fileName = `${v.export.fileName}-${Math.round(a.notice)}`;

  async function docx() {
    setStatus(v.export.preparing);
    try {
      const { toDocx } = await import("./docx.ts");
      download(await toDocx(blocks(), v.export.title), `${fileName}.docx`);
      setStatus("");
    } catch (error) {
      setStatus(v.export.failed((error as Error).message));
    }
  }

  return (
    <div class="varsel-result">
      <h3>{r.heading}</h3>
      <dl class="varsel-figures">
        <div class="figure-main">
          <dt>{r.estimate}</dt>
          <dd data-figure="estimate">{money(a.forecast.estimate)}</dd>
        </div>
        <div>
          <dt>{r.likely}</dt>
          <dd data-figure="likely">
            {money(a.forecast.p25)} – {money(a.forecast.p75)}
          </dd>
        </div>
        <div>
          <dt>{r.wide}</dt>
          <dd data-figure="wide">
            {money(a.forecast.p10)} – {money(a.forecast.p90)}
          </dd>
        </div>
        <div>
          <dt>{r.pReduced}</dt>
          <dd data-figure="p-reduced">{pct(fmt, a.forecast.pReduced)}</dd>
        </div>
        <div>
          <dt>{r.stands}</dt>
          <dd data-figure="stands">{money(a.stands)}</dd>
        </div>
      </dl>
      <p class="sub">
        {r.basis(data.varsel.n, authorityName, own.reduced, own.n, cuts.length ? pct(fmt, cuts[0]!) : "–", cuts.length ? pct(fmt, cuts[cuts.length - 1]!) : "–")}{" "}
        <a href={links.method}>{r.method}</a>.
      </p>
      {date && <p>{r.deadline(fmt.date(threeWeeksAfter(date)))}</p>}

      <h4>{r.noticeToComparable}</h4>
      {a.noticeToComparable !== null && a.comparableEstimate !== null ? (
        <p>
          {r.ratio(`×${a.noticeToComparable.toFixed(1)}`, money(roundSignificant(a.comparableEstimate)))}{" "}
          {a.typicalNoticeToComparable && r.typicalRatio(`×${a.typicalNoticeToComparable.median.toFixed(1)}`, a.typicalNoticeToComparable.n, authorityName)}{" "}
          <span class="sub">{r.ratioNote}</span>
        </p>
      ) : (
        <p>{r.noComparable}</p>
      )}

      <h4 id="varsel-closest-heading">{r.closest}</h4>
      <p>{r.closestLead(s.n, s.unchanged, s.reduced, Number.isFinite(s.medianRatio) ? pct(fmt, s.medianRatio) : "–")}</p>
      <div class="scroll-table sticky-first" role="region" tabIndex={0} aria-labelledby="varsel-closest-heading">
        <table class="varsel-closest">
          <thead>
            <tr>
              <th scope="col">{v.distribution.columns.case}</th>
              <th scope="col" class="num">{r.similarity}</th>
              <th scope="col">{v.distribution.columns.notice}</th>
              <th scope="col">{v.distribution.columns.decision}</th>
              <th scope="col" class="num">{v.distribution.columns.change}</th>
              <th scope="col">{v.distribution.columns.reasons}</th>
            </tr>
          </thead>
          <tbody>
            {a.closest.map(({ id, similarity }) => {
              const c = byId.get(id)!;
              return (
                <tr key={id}>
                  <th scope="row">
                    <a href={caseHref(id)} lang={c.titleLang}>
                      {c.title}
                    </a>
                  </th>
                  <td class="num">{pct(fmt, similarity)}</td>
                  <td>{fmt.money(c.notice.amount, c.currency)}</td>
                  <td>{fmt.money(c.final.amount, c.currency)}</td>
                  <td class="num">{c.change === "unchanged" ? v.distribution.unchanged : fmt.percent((c.ratio - 1) * 100)}</td>
                  <td>
                    {c.credited.length === 0 ? (
                      <span class="sub">{v.distribution.noReasons}</span>
                    ) : (
                      <ul class="reasons">
                        {c.credited.map((arg) => (
                          <li key={arg.index}>
                            <strong>{ui.result[arg.result]}:</strong> {kindLabel.get(arg.kinds[0]!) ?? arg.kinds[0]}{" "}
                            {cite(arg.pinpoint && `${arg.pinpoint.document}${arg.pinpoint.paragraph ? `#${arg.pinpoint.paragraph}` : ""}`)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h4 id="varsel-closest-args-heading">{r.argumentsHeading}</h4>
      <div class="scroll-table sticky-first" role="region" tabIndex={0} aria-labelledby="varsel-closest-args-heading">
        <table>
          <thead>
            <tr>
              <th scope="col">{v.arguments.columns.kind}</th>
              <th scope="col" class="num">{v.arguments.columns.n}</th>
              <th scope="col" class="num">{v.arguments.columns.accepted}</th>
              <th scope="col" class="num">{v.arguments.columns.partly}</th>
              <th scope="col" class="num">{v.arguments.columns.rejected}</th>
            </tr>
          </thead>
          <tbody>
            {kindCounts.map((k) => (
              <tr key={k.kind}>
                <th scope="row">
                  <a href={`#varsel-kind-${k.kind}`}>{kindLabel.get(k.kind) ?? k.kind}</a>
                </th>
                <td class="num">{fmt.number(k.total)}</td>
                <td class="num">{fmt.number(k.accepted)}</td>
                <td class="num">{fmt.number(k.partly)}</td>
                <td class="num">{fmt.number(k.rejected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4>{v.export.heading}</h4>
      <p>{v.export.lead}</p>
      <p class="varsel-export">
        <button type="button" class="button" onClick={docx} data-export="docx">
          {v.export.docx}
        </button>{" "}
        <button type="button" class="button button-secondary" onClick={() => download(new Blob([toMarkdown(blocks())], { type: "text/markdown;charset=utf-8" }), `${fileName}.md`)} data-export="markdown">
          {v.export.markdown}
        </button>{" "}
        <button type="button" class="button button-secondary" onClick={() => window.print()}>
          {v.export.print}
        </button>
      </p>
      <p role="status" class="sub">
        {status}
      </p>
    </div>
  );
}
