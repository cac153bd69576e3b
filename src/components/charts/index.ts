/** The five charts of /trends/, each drawn, tabled and summed up in a sentence from its items. */
import type { ChartId, TrendsData } from "../../domain/charts/index.ts";
import type { ChartContext } from "./frame.ts";
import type { El } from "./tree.ts";
import { finesTable, finesText, renderFines } from "./fines.ts";
import { renderSlope, slopeTable, slopeText } from "./slope.ts";
import { peopleTable, peopleText, renderPeople } from "./people.ts";
import { factorsTable, factorsText, renderFactors } from "./factors.ts";
import { appealsTable, appealsText, renderAppeals } from "./appeals.ts";

export interface ChartView<T> {
  render: (items: readonly T[], ctx: ChartContext, width: number, id?: string) => El;
  table: (items: readonly T[], ctx: ChartContext, captionId: string) => El;
  text: (items: readonly T[], ctx: ChartContext) => string;
}

export const chartViews: { [K in ChartId]: ChartView<TrendsData[K][number]> } = {
  fines: { render: renderFines, table: finesTable, text: finesText },
  slope: { render: renderSlope, table: slopeTable, text: slopeText },
  people: { render: renderPeople, table: peopleTable, text: peopleText },
  factors: { render: renderFactors, table: factorsTable, text: factorsText },
  appeals: { render: renderAppeals, table: appealsTable, text: appealsText },
};

/** The width the build draws at; the browser redraws at the width it has. */
export const BUILD_WIDTH = 720;
