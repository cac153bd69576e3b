/**
 * /varsel/'s island. The form is a plain GET form, so its state lives in the address
 * (?notice=800000&date=2026-11-20&country=NO&type=public&articles=…, the scenario as the
 * calculator writes it). Here: the address fills the form and keeps the calculator's facts as
 * hidden fields; a bad amount or date is refused with a message before the form is sent; with a
 * notice in the address, the decided cases are fetched and the forecast is drawn.
 */
import { render } from "preact";
import { assessNotice, type NoticeContext } from "../domain/varsel/assess.ts";
import { parseAmount, parseNoticeDate } from "../domain/varsel/parse.ts";
import { unpackEstimatorData, type EstimatorData } from "../domain/estimator/pack.ts";
import { decodeState, encodeState } from "../domain/estimator/url-state.ts";
import { countryCurrency, type Country } from "../domain/schema/codes.ts";
import { createFormatters } from "../domain/format.ts";
import { intlLocales, localeOr } from "../i18n/locales.ts";
import type { VarselStrings } from "../i18n/islands.ts";
import NoticeResult from "../components/varsel/NoticeResult.tsx";
import type { VarselData } from "../components/varsel/data.ts";

const root = document.getElementById("varsel-root");
const form = document.getElementById("varsel-form") as HTMLFormElement | null;
const locale = localeOr(document.documentElement.lang);
const fmt = createFormatters(intlLocales[locale]);

/** Parameters the form shows itself; every other scenario parameter rides along hidden. */
const shown = new Set(["notice", "date", "country", "type"]);

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function showError(id: string, input: HTMLInputElement, message: string) {
  const el = document.getElementById(id)!;
  el.textContent = message;
  if (message) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}

// Only the page's language is fetched: the build rendered the page with the same strings.
if (root && form) {
  void (locale === "nb" ? import("../i18n/islands/varsel.nb.ts") : import("../i18n/islands/varsel.en.ts")).then(({ strings }) => start(root, form, strings));
}

function start(root: HTMLElement, form: HTMLFormElement, ui: VarselStrings) {
  const v = ui.varsel;
  const params = new URLSearchParams(location.search);
  const { state } = decodeState(location.search, () => true);
  const noticeInput = form.querySelector<HTMLInputElement>("#varsel-notice")!;
  const dateInput = form.querySelector<HTMLInputElement>("#varsel-date")!;
  const country = form.querySelector<HTMLSelectElement>("#varsel-country")!;
  const type = form.querySelector<HTMLSelectElement>("#varsel-type")!;
  // The address fills the form, but never over what the reader typed or chose while this script
  // was still loading (a slow phone: the page is usable before its script runs).
  const changed = (select: HTMLSelectElement) => !select.options[select.selectedIndex]?.defaultSelected;
  if (noticeInput.value === "") noticeInput.value = params.get("notice") ?? "";
  if (dateInput.value === "") dateInput.value = params.get("date") ?? "";
  if (!changed(country)) country.value = state.scenario.country;
  if (!changed(type)) type.value = state.scenario.controllerType;

  // The calculator's facts, kept as hidden fields so sending the form again keeps them.
  const hidden = document.getElementById("varsel-hidden")!;
  const scenarioParams = new URLSearchParams(encodeState({ ...state, weights: { step: {}, similarity: {} }, exclude: [] }));
  let facts = 0;
  for (const [name, value] of scenarioParams) {
    if (shown.has(name) || name === "from") continue;
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    hidden.append(input);
    facts += 1;
  }
  const count = document.getElementById("varsel-facts-count")!;
  if (facts > 0) {
    count.textContent = v.form.factsFromCalculator(facts);
    count.hidden = false;
  }
  const calculatorLink = document.getElementById("varsel-calculator-link") as HTMLAnchorElement;
  const syncCalculatorLink = () => {
    const p = new URLSearchParams(scenarioParams);
    p.set("country", country.value);
    p.set("type", type.value);
    calculatorLink.href = `${root.dataset.calculator}?${p.toString()}`;
  };
  syncCalculatorLink();
  country.addEventListener("change", syncCalculatorLink);
  type.addEventListener("change", syncCalculatorLink);

  const check = (): boolean => {
    const amount = parseAmount(noticeInput.value);
    const expected = countryCurrency[country.value as Country];
    const mismatch = amount.ok && amount.currency !== undefined && amount.currency !== expected;
    showError(
      "varsel-notice-error",
      noticeInput,
      !amount.ok ? v.amountErrors[amount.reason] : mismatch ? v.currencyMismatch(amount.currency!, expected) : "",
    );
    if (mismatch) {
      noticeInput.focus();
      return false;
    }
    const dateOk = dateInput.value.trim() === "" || parseNoticeDate(dateInput.value) !== undefined;
    showError("varsel-date-error", dateInput, dateOk ? "" : v.dateError);
    if (!amount.ok) noticeInput.focus();
    else if (!dateOk) dateInput.focus();
    return amount.ok && dateOk;
  };
  form.addEventListener("submit", (event) => {
    if (!check()) event.preventDefault();
    else if (!dateInput.value) dateInput.disabled = true; // no empty date=… in the address
  });
  // From here a bad amount is refused before the form is sent (tests wait for this).
  form.dataset.ready = "true";

  const raw = params.get("notice");
  if (raw !== null && check()) {
    const amount = parseAmount(raw);
    const date = parseNoticeDate(params.get("date") ?? "");
    if (amount.ok) {
      render(<p class="sub">{v.loading}</p>, root);
      Promise.all([json<VarselData>(root.dataset.varsel!), json<Parameters<typeof unpackEstimatorData>[0]>(root.dataset.estimator!)])
        .then(([data, packed]) => {
          const estimator: EstimatorData = unpackEstimatorData(packed);
          const ctx: NoticeContext = {
            decided: estimator.cases,
            model: estimator.model,
            context: estimator.context,
            notices: data.notices,
            noticeRatios: data.noticeRatios,
            varsel: data.varsel,
            dpaOf: (c: Country) => data.dpa[c] ?? c,
          };
          // The notice is in the country's currency: the scenario's own currency does not apply here.
          const { currency: _currency, ...facts } = state.scenario;
          const scenario = { ...facts, country: country.value as Country, controllerType: type.value as typeof state.scenario.controllerType };
          const assessment = assessNotice({ notice: amount.amount, scenario, ...(date ? { date } : {}) }, ctx);
          const site = root.dataset.site || location.href;
          const absolute = (path: string) => new URL(path, site).href;
          const casesPath = root.dataset.cases!;
          render(
            <NoticeResult
              assessment={assessment}
              {...(date ? { date } : {})}
              data={data}
              ui={ui}
              fmt={fmt}
              links={{ cases: casesPath, method: root.dataset.method! }}
              reply={{
                absolute,
                casePath: (id) => `${casesPath}${id}/`,
                pageAddress: absolute(`${location.pathname}${location.search}`),
                methodPath: root.dataset.method!,
                today: new Date().toISOString().slice(0, 10),
              }}
            />,
            root,
          );
        })
        .catch((error: Error) => render(<p class="field-error" role="alert">{v.loadFailed(error.message)}</p>, root));
    }
  }
}
