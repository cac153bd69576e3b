/**
 * How the authorities answered each kind of argument the controllers raised (content/argument-kinds.json).
 *
 *   npm run arguments                 table: per kind, how many arguments and how they were answered
 *   npm run arguments -- <kind-id>    that kind's arguments, with case, result and the case's amount change
 */
import { argumentsByKind } from "../src/domain/arguments.ts";
import { argumentResults } from "../src/domain/schema/case.ts";
import { loadLibrary } from "../src/domain/sources/repository.ts";

const library = loadLibrary();
const groups = argumentsByKind(library.cases, library.argumentKinds);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const percent = (part: number, whole: number) => (whole === 0 ? "–" : `${Math.round((100 * part) / whole)} %`);

const wanted = process.argv[2];
if (wanted) {
  const group = groups.find((g) => g.kind.id === wanted);
  if (!group) {
    console.error(`unknown kind "${wanted}"; known: ${groups.map((g) => g.kind.id).join(", ")}`);
    process.exit(2);
  }
  console.log(`${group.kind.label} (${group.kind.id}): ${group.kind.description}\n`);
  for (const a of group.arguments) {
    const change = a.amountChange?.noticeToFinal;
    const amount = change === undefined ? "" : `  [notice→final ${change > 0 ? "+" : ""}${Math.round(change)} %]`;
    console.log(`${a.main ? "*" : " "} ${a.id} (${a.authority}) ${a.argument.result}${amount}\n    ${a.argument.argument}\n    → ${a.argument.answer}`);
  }
  console.log(`\n* main kind of the argument. ${group.results.total} arguments.`);
  process.exit(0);
}

const width = Math.max(...groups.map((g) => g.kind.id.length));
console.log(`${"kind".padEnd(width)}    n  main ${argumentResults.map((r) => pad(r, r.length < 8 ? 8 : r.length)).join(" ")}  credited`);
for (const g of [...groups].sort((a, b) => b.results.total - a.results.total)) {
  const r = g.results;
  console.log(
    `${g.kind.id.padEnd(width)} ${pad(r.total, 4)} ${pad(g.mainResults.total, 5)} ` +
      `${argumentResults.map((res) => pad(r[res], res.length < 8 ? 8 : res.length)).join(" ")}  ${pad(percent(r.accepted + r.partly, r.total), 8)}`,
  );
}
const total = groups.reduce((n, g) => n + g.mainResults.total, 0);
const mentions = groups.reduce((n, g) => n + g.results.total, 0);
console.log(
  `\n${total} arguments in ${library.cases.filter((c) => c.arguments.length > 0).length} cases, ${mentions} kind codes. ` +
    `n counts an argument under every kind it names (1–3); main counts it under its first kind only and adds up to ${total}. ` +
    `credited = accepted or partly accepted.`,
);
