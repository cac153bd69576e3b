/**
 * Hydrates the calculator's build-time render: the same component with the same props (the JSON
 * block beside it, the data file's URL from the root's data-estimator, the locale from its
 * data-locale), so Preact attaches to the
 * markup instead of drawing the page again. What differs from the build (the address's scenario,
 * today's date, the address itself) is read after hydration.
 */
import { hydrate } from "preact";
import Calculator from "../components/calculator/Calculator.tsx";
import { dataElementId, type CalculatorData } from "../components/calculator/data.ts";
import { localeOr } from "../i18n/locales.ts";

const root = document.getElementById("calculator-root");
const block = document.getElementById(dataElementId);
const dataUrl = root?.dataset.estimator;
const locale = localeOr(root?.dataset.locale);
if (root && dataUrl && block?.textContent) {
  const data = JSON.parse(block.textContent) as CalculatorData;
  // Only the page's language is fetched; the build rendered with the same strings.
  void (locale === "nb" ? import("../i18n/islands/calculator.nb.ts") : import("../i18n/islands/calculator.en.ts")).then(({ strings }) => {
    hydrate(<Calculator {...data} dataUrl={dataUrl} locale={locale} strings={strings} />, root);
    document.getElementById("calculator-static-note")?.setAttribute("hidden", "");
  });
}
