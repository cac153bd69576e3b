/** A decision's title in the page's language (src/lib/decisions.ts). */
import { describe, expect, it } from "vitest";
import { decisionTitle } from "../../src/lib/decisions.ts";
import { library } from "../../src/lib/library.ts";

describe("decisionTitle", () => {
  const doc = (id: string) => library().documents.get(id)!;

  it("names the country of GDPRhub's \"<body> (<Country>) - <reference>\" in the page's language", () => {
    expect(doc("datatilsynet-norway-20-02147").title).toBe("Datatilsynet (Norway) - 20/02147");
    expect(decisionTitle(doc("datatilsynet-norway-20-02147"), "nb")).toBe("Datatilsynet (Norge) - 20/02147");
    expect(decisionTitle(doc("datatilsynet-norway-20-02147"), "en")).toBe("Datatilsynet (Norway) - 20/02147");
    expect(decisionTitle(doc("imy-sweden-di-2019-6523"), "nb")).toBe("IMY (Sverige) - DI-2019-6523");
  });

  it("leaves every other title as the source wrote it, and the English pages' titles as they were", () => {
    expect(decisionTitle({ title: "Decision on the fine (final)", country: "NO" }, "nb")).toBe("Decision on the fine (final)");
    // A parenthesis that is not the document's country stays.
    expect(decisionTitle({ title: "Datatilsynet (Denmark) - 2020-431-0045", country: "NO" }, "nb")).toBe("Datatilsynet (Denmark) - 2020-431-0045");
    for (const d of library().documents.values()) expect(decisionTitle(d, "en"), d.id).toBe(d.title);
  });
});
