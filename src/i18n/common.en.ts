/** Words several islands share (country names, answers, article and paragraph references), English. */
export const countries = { NO: "Norway", SE: "Sweden", DK: "Denmark", FI: "Finland", IS: "Iceland" } as const;
export const result = { accepted: "Accepted", partly: "Partly accepted", rejected: "Rejected", "not-answered": "Not answered" } as const;
export const articleValue = (n: string) => `Art. ${n}`;
export const pinpoint = (p: string) => `¶ ${p.slice(1)}`;
export { factorCatalogue as factorNames } from "../domain/factors.ts";
