/**
 * Hydrates the calculator's build-time render: the same component with the same props (the JSON
 * block beside it), so Preact attaches to the markup instead of drawing the page again. What
 * differs from the build (the address's scenario, today's date) is read after hydration.
 */
import { hydrate } from "preact";
import Calculator from "../components/calculator/Calculator.tsx";
import { dataElementId, type CalculatorProps } from "../components/calculator/data.ts";

const root = document.getElementById("calculator-root");
const block = document.getElementById(dataElementId);
if (root && block?.textContent) {
  const props = JSON.parse(block.textContent) as CalculatorProps;
  hydrate(<Calculator {...props} />, root);
  document.getElementById("calculator-static-note")?.setAttribute("hidden", "");
}
