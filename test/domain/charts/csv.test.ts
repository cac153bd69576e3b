/**
 * The charts' CSV in the domain: one writer for every chart, driven by column specs (keys and
 * codes); the caller names the columns and words the codes.
 */
import { describe, expect, it } from "vitest";
import { csvParseRows } from "d3-dsv";
import { loadLibrary } from "../../../src/domain/sources/repository.ts";
import { chartIds, trendsData } from "../../../src/domain/charts/index.ts";
import { chartColumns, chartCsv, csvColumnKeys, csvTable, type CsvColumn, type CsvNaming } from "../../../src/domain/charts/csv.ts";

/** Names a column by its key (a factor by its letter) and keeps every code. */
const keys: CsvNaming = { header: ({ key, letter }) => letter ?? key, word: (_kind, code) => code };

describe("chart CSV writer", () => {
  it("writes a header row and one row per item; numbers plain, undefined empty, only word columns worded", () => {
    type Row = { name: string; n: number | undefined; country: string };
    const columns: CsvColumn<Row>[] = [
      { key: "controller", value: (r) => r.name },
      { key: "amount", value: (r) => r.n },
      { key: "country", value: (r) => r.country, word: "country" },
    ];
    const naming: CsvNaming = { header: ({ key }) => key.toUpperCase(), word: (kind, code) => `${kind}:${code}` };
    const csv = csvTable(columns, [{ name: 'A "quoted", name', n: 1234567.5, country: "NO" }, { name: "B", n: undefined, country: "SE" }], naming);
    expect(csv).toBe('CONTROLLER,AMOUNT,COUNTRY\n"A ""quoted"", name",1234567.5,country:NO\nB,,country:SE\n');
  });

  it("gives every chart the case's columns first and a row per item, each key a known column", () => {
    const { cases, rates } = loadLibrary();
    const data = trendsData(cases, rates, []);
    for (const id of chartIds) {
      expect(chartColumns[id].slice(0, 5).map((c) => c.key)).toEqual(["case_id", "controller", "authority", "country", "controller_type"]);
      for (const c of chartColumns[id]) expect(csvColumnKeys).toContain(c.key);
      const rows = csvParseRows(chartCsv(id, data, keys));
      expect(rows.length - 1).toBe(data[id].length);
      expect(rows.every((r) => r.length === chartColumns[id].length)).toBe(true);
    }
    expect(chartColumns.factors.filter((c) => c.key === "factor").map((c) => c.letter)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]);
  });
});
