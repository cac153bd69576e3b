/**
 * Checks every case record against its sources and prints a table: for each case, whether each
 * amount it records is found in its decision text, whether each pinpoint resolves, which records
 * are unverified, and the disagreements with GDPRhub's metadata the records note.
 * Fails on an amount that is not found and not explained in the record.
 *
 *   npm run audit:data [-- --json]
 */
import { amountFails, auditCase } from "../src/domain/audit.ts";
import { loadLibrary } from "../src/domain/sources/repository.ts";

const library = loadLibrary();
const audits = library.cases
  .map((record) =>
    auditCase(record, {
      text: library.text,
      hasText: (id) => Boolean(library.documents.get(id)?.text),
    }),
  )
  .sort((a, b) => a.id.localeCompare(b.id));

const allAmounts = audits.flatMap((a) => a.amounts);
const failing = audits.flatMap((a) => a.amounts.filter(amountFails).map((m) => `${a.id}: ${m.stage} ${m.amount} ${m.currency}`));
const brokenPins = audits.flatMap((a) => a.pinpoints.broken.map((b) => `${a.id}: ${b}`));
const summary = {
  records: audits.length,
  amounts: allAmounts.length,
  amountsFound: allAmounts.filter((a) => a.foundIn).length,
  amountsExplained: allAmounts.filter((a) => !a.foundIn && a.explanation).length,
  amountsFailing: failing.length,
  pinpoints: audits.reduce((n, a) => n + a.pinpoints.total, 0),
  pinpointsResolving: audits.reduce((n, a) => n + a.pinpoints.resolving, 0),
  unverifiedRecords: audits.filter((a) => a.unverified).length,
  disagreements: audits.reduce((n, a) => n + a.disagreements.length, 0),
  factorsNotAssessed: audits.reduce((n, a) => n + a.notAssessed, 0),
};

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ summary, cases: audits }, null, 2));
} else {
  const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s.padEnd(n));
  console.log(`${pad("case", 34)} ${pad("amounts (stage: found in / explained / MISSING)", 70)} ${pad("pinpoints", 10)} ${pad("n/a", 4)} status`);
  for (const a of audits) {
    const amounts = a.amounts
      .map((m) => `${m.stage}: ${m.foundIn ? m.foundIn.replace(/^.*#/, "#") : m.explanation ? "explained" : "MISSING"}`)
      .join(", ");
    console.log(
      `${pad(a.id, 34)} ${pad(amounts || "—", 70)} ${pad(`${a.pinpoints.resolving}/${a.pinpoints.total}`, 10)} ${pad(String(a.notAssessed), 4)} ${a.unverified ? "unverified" : "verified"}`,
    );
  }
  console.log("\nGDPRhub metadata disagreements noted in records:");
  for (const a of audits) for (const d of a.disagreements) console.log(`  ${a.id}: ${d}`);
  console.log(
    `\n${summary.records} records; ${summary.amounts} amounts: ${summary.amountsFound} found in the texts, ${summary.amountsExplained} explained, ${summary.amountsFailing} failing; ` +
      `${summary.pinpointsResolving}/${summary.pinpoints} pinpoints resolve; ${summary.unverifiedRecords} records not fully verified; ` +
      `${summary.disagreements} metadata disagreements; ${summary.factorsNotAssessed} factors not assessed.`,
  );
}
if (failing.length || brokenPins.length) {
  for (const f of failing) console.error(`amount not found in any source text and not explained: ${f}`);
  for (const b of brokenPins) console.error(`pinpoint does not resolve: ${b}`);
  process.exitCode = 1;
}
