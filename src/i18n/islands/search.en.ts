import { countries } from "../common.en.ts";
import type { SearchStrings } from "../islands.ts";
import { search } from "../search.en.ts";

/** What the search page's island shows, in en. */
export const strings: SearchStrings = { search, countries };
