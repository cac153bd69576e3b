import { countries } from "../common.nb.ts";
import type { SearchStrings } from "../islands.ts";
import { search } from "../search.nb.ts";

/** What the search page's island shows, in nb. */
export const strings: SearchStrings = { search, countries };
