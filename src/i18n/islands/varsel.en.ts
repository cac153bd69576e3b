import { pinpoint, result } from "../common.en.ts";
import type { VarselStrings } from "../islands.ts";
import { varsel } from "../varsel.en.ts";

/** What the notice page's island shows, in en. */
export const strings: VarselStrings = { varsel, case: { pinpoint }, result };
