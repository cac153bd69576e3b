import { pinpoint, result } from "../common.nb.ts";
import type { VarselStrings } from "../islands.ts";
import { varsel } from "../varsel.nb.ts";

/** What the notice page's island shows, in nb. */
export const strings: VarselStrings = { varsel, case: { pinpoint }, result };
