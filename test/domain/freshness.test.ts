import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { dataCurrency } from "../../src/domain/freshness.ts";
import { decisionDate } from "../../src/domain/cases.ts";
import { parseRates } from "../../src/domain/money.ts";

const library = loadLibrary();

describe("dataCurrency: how current the library is", () => {
  const current = dataCurrency({ ...library, documents: library.documents.values() });

  it("gives the newest decision date, no earlier than any case record's decision", () => {
    expect(current.newestDecision).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    for (const c of library.cases) {
      const d = decisionDate(c);
      if (d) expect(current.newestDecision! >= d, c.id).toBe(true);
    }
    expect(current.newestDecision! >= "2025-01-01").toBe(true);
  });

  it("gives the last ECB fixing of the rate table", () => {
    expect(current.latestRate).toBe(library.rates.dates.at(-1));
    // The table may end before the newest decision (a fine dated after the last fixing converts at
    // that fixing, and the footer states both dates), but by less than a year: an older table is
    // stale and must be refreshed from the ECB file (npm run import:corpus).
    const newest = current.newestDecision!.length === 4 ? `${current.newestDecision}-01-01` : current.newestDecision!.padEnd(10, "-01").slice(0, 10);
    const lagDays = (Date.parse(newest) - Date.parse(current.latestRate!)) / 86_400_000;
    expect(lagDays, `rate table ends ${current.latestRate}, newest decision ${current.newestDecision}`).toBeLessThanOrEqual(366);
  });

  it("counts decisions and judgments, not news, and orders partial dates", () => {
    const rates = parseRates("date,NOK\n2024-01-02,11.5\n2024-03-28,11.6\n");
    const doc = (id: string, kind: string, date: string) => ({ id, kind, date, inLibrary: true }) as never;
    const result = dataCurrency({
      cases: [],
      documents: [doc("a", "decision", "2023-11"), doc("b", "news", "2024-06-01"), doc("c", "judgment", "2024")],
      rates,
    });
    expect(result).toEqual({ newestDecision: "2024", latestRate: "2024-03-28" });
    expect(dataCurrency({ cases: [], documents: [], rates: parseRates("date,NOK\n") })).toEqual({ newestDecision: undefined, latestRate: undefined });
  });
});
