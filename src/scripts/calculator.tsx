/**
 * Mounts the interactive calculator over its build-time rendering. The state comes from the
 * address (a malformed one falls back to defaults with a notice); the data from the JSON block the
 * page embeds.
 */
import { render } from "preact";
import Calculator from "../components/calculator/Calculator.tsx";
import { dataElementId, type CalculatorData } from "../components/calculator/data.ts";
import { decodeState } from "../domain/estimator/url-state.ts";

const root = document.getElementById("calculator-root");
const block = document.getElementById(dataElementId);
if (root && block?.textContent) {
  const data = JSON.parse(block.textContent) as CalculatorData;
  const ids = new Set(data.cases.map((c) => c.id));
  const { state, notices } = decodeState(location.search, (id) => ids.has(id));
  document.getElementById("calculator-static-note")?.setAttribute("hidden", "");
  root.textContent = "";
  render(<Calculator data={data} initial={state} notices={notices} interactive />, root);
}
