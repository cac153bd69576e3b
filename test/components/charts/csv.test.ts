/**
 * A chart's CSV in the page's language: /trends/ keeps the English file it always had, /nb/trends/
 * gets Norwegian column names and Norwegian words, with the same rows and the same numbers.
 */
import { describe, expect, it } from "vitest";
import { csvParse } from "d3-dsv";
import { chartIds } from "../../../src/domain/charts/index.ts";
import { chartColumns } from "../../../src/domain/charts/csv.ts";
import { chartCsvText } from "../../../src/components/charts/csv.ts";
import { allTrends, chartContext } from "../../../src/lib/trends.ts";
import { i18nFor } from "../../../src/lib/i18n.ts";
import { t } from "../../../src/i18n/strings.ts";

const data = allTrends();
const en = chartContext(i18nFor("en"));
const nb = chartContext(i18nFor("nb"));
const files = (id: (typeof chartIds)[number]) => ({ en: csvParse(chartCsvText(id, data, en)), nb: csvParse(chartCsvText(id, data, nb)) });
/** The columns that hold numbers (amounts, percentages, counts), by position. */
const numeric = (id: (typeof chartIds)[number]) =>
  chartColumns[id].flatMap((c, i) => (["amount", "eur", "notice", "decision", "change_percent", "notice_eur_at_decision", "decision_eur", "people_affected", "eur_per_person"].includes(c.key) ? [i] : []));
const dated = ["decided", "notice_date", "decision_date"];

describe("chart CSV in the page's language", () => {
  it("keeps the English files as they were: snake_case keys, codes for countries, sectors, outcomes and directions", () => {
    const fines = files("fines").en;
    expect(fines.columns).toEqual(["case_id", "controller", "authority", "country", "controller_type", "decided", "amount", "currency", "eur"]);
    expect(fines.find((r) => r.case_id === "bergen-2019")).toMatchObject({ authority: "Datatilsynet (Norway)", country: "NO", controller_type: "public", amount: "1600000" });
    expect(files("factors").en.columns.slice(-11)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]);
    expect(new Set(files("appeals").en.map((r) => r.appeal_outcome))).toContain("not-recorded");
  });

  it("names every nb column in Norwegian, from the strings", () => {
    const names = t("nb").trends.csvColumns;
    for (const id of chartIds) {
      const { en: e, nb: n } = files(id);
      expect(n.columns).toEqual(chartColumns[id].map((c) => (c.letter ? `faktor_${c.letter}` : names[c.key])));
      // Only the language-neutral names are the same in both (eur, eur_per_person).
      expect(n.columns.filter((c, i) => c === e.columns[i])).toEqual(n.columns.filter((c) => c.startsWith("eur")));
    }
    expect(files("slope").nb.columns).toEqual([
      "sak_id",
      "behandlingsansvarlig",
      "tilsynsmyndighet",
      "land",
      "virksomhetstype",
      "valuta",
      "varslet_beløp",
      "varseldato",
      "vedtatt_beløp",
      "vedtaksdato",
      "endring_prosent",
      "varslet_eur_etter_vedtakskurs",
      "vedtatt_eur",
    ]);
  });

  it("words the coded values in Norwegian: countries, controller types, outcomes, directions, authorities", () => {
    const fines = files("fines").nb.find((r) => r.sak_id === "bergen-2019")!;
    expect(fines).toMatchObject({ tilsynsmyndighet: "Datatilsynet (Norge)", land: "Norge", virksomhetstype: "Offentlig virksomhet", beløp: "1600000", valuta: "NOK" });
    const countries = new Set(files("fines").nb.map((r) => r.land));
    expect([...countries].every((c) => ["Norge", "Sverige", "Danmark", "Finland", "Island"].includes(c!))).toBe(true);
    const telenor = files("factors").nb.find((r) => r.sak_id === "telenor-asa-2025")!;
    expect([telenor.faktor_a, telenor.faktor_c]).toEqual(["Skjerpende", "Nøytral"]);
    const directions = new Set(files("factors").nb.flatMap((r) => "abcdefghijk".split("").map((l) => r[`faktor_${l}`])));
    expect([...directions].sort()).toEqual(["Formildende", "Ikke vurdert", "Nøytral", "Skjerpende"]);
    const outcomes = new Set(Object.values(t("nb").trends.appealOutcome));
    expect(files("appeals").nb.every((r) => outcomes.has(r.utfall_etter_klage!))).toBe(true);
    expect(files("appeals").nb.map((r) => r.utfall_etter_klage)).toContain("Ingenting registrert om klage");
  });

  it("has the same rows in the same order and the same plain numbers and ISO dates as the English file", () => {
    for (const id of chartIds) {
      const { en: e, nb: n } = files(id);
      expect(n.length).toBe(data[id].length);
      expect(n.length).toBe(e.length);
      for (let row = 0; row < e.length; row++) {
        const ev = Object.values(e[row]!);
        const nv = Object.values(n[row]!);
        expect(nv[0]).toBe(ev[0]);
        for (const i of numeric(id)) {
          expect(nv[i]).toBe(ev[i]);
          if (nv[i] !== "") expect(nv[i]).toMatch(/^-?\d+(\.\d+)?$/);
        }
        chartColumns[id].forEach((c, i) => {
          if (dated.includes(c.key)) {
            expect(nv[i]).toBe(ev[i]);
            expect(nv[i]).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/);
          }
        });
      }
    }
  });
});
