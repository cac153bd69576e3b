import { describe, expect, it } from "vitest";
import { loadLibrary } from "../../src/domain/sources/repository.ts";
import { sanctionStatus, sanctionStatuses } from "../../src/domain/cases.ts";

const library = loadLibrary();
const record = (id: string) => {
  const found = library.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case record ${id}`);
  return found;
};

describe("sanctionStatus: what a case ended in", () => {
  it("reads a fine cut between notice and decision as reduced (Rælingen: NOK 800,000 → 500,000)", () => {
    expect(sanctionStatus(record("raelingen-2020"))).toBe("reduced");
  });

  it("reads a fine set to zero on appeal as annulled", () => {
    expect(sanctionStatus(record("coop-finnmark-2020"))).toBe("annulled");
    expect(sanctionStatus(record("privatbo-2020"))).toBe("annulled");
  });

  it("reads a Danish fine no court has set as recommended, and a court's lower fine as reduced", () => {
    expect(sanctionStatus(record("gyldendal-2022"))).toBe("recommended");
    expect(sanctionStatus(record("arp-hansen-2020"))).toBe("reduced");
    expect(sanctionStatus(record("lejre-kommune-2020"))).toBe("fine");
  });

  it("keeps a lesser sanction as recorded", () => {
    expect(sanctionStatus(record("helsingor-kommune-2021"))).toBe("orders");
    expect(library.cases.filter((c) => c.outcome === "reprimand").map(sanctionStatus)).toEqual(
      library.cases.filter((c) => c.outcome === "reprimand").map(() => "reprimand"),
    );
  });

  it("gives every record one of the known statuses, and most decided fines stand as imposed", () => {
    const counts = new Map<string, number>();
    for (const c of library.cases) counts.set(sanctionStatus(c), (counts.get(sanctionStatus(c)) ?? 0) + 1);
    expect([...counts.keys()].every((s) => (sanctionStatuses as readonly string[]).includes(s))).toBe(true);
    expect(counts.get("fine")).toBeGreaterThan(counts.get("reduced") ?? 0);
    expect(counts.get("recommended")).toBeGreaterThanOrEqual(10);
  });
});
