import { controllerTypes, currencyOf, type FieldError, type Scenario } from "../../domain/estimator/scenario.ts";
import { sizeClasses, type SizeClass } from "../../domain/size.ts";
import { countries, countryCurrency, currencies } from "../../domain/schema/codes.ts";
import { useLabels } from "./labels.ts";
import { pure } from "./pure.ts";

/** The text fields, as typed (they may not parse yet). */
export interface Drafts {
  articles: string;
  people: string;
  sector: string;
  turnover: string;
  /** Empty: the scenario's currency. */
  turnoverCurrency: string;
}
export type DraftField = keyof Drafts;

interface Props {
  scenario: Scenario;
  drafts: Drafts;
  /** Errors of the text fields, by field. */
  errors: Partial<Record<DraftField, FieldError[]>>;
  onChange: (patch: Partial<Scenario>) => void;
  onText: (field: DraftField, text: string) => void;
}

const triState = (v: boolean | undefined) => (v === undefined ? "" : v ? "yes" : "no");
const fromTriState = (v: string) => (v === "" ? undefined : v === "yes");

function YesNo({ id, label, value, onChange }: { id: string; label: string; value: boolean | undefined; onChange: (v: boolean | undefined) => void }) {
  const { c } = useLabels();
  return (
    <label>
      {label}
      <select id={id} value={triState(value)} onChange={(e) => onChange(fromTriState(e.currentTarget.value))}>
        <option value="">{c.scenario.unknown}</option>
        <option value="yes">{c.scenario.yes}</option>
        <option value="no">{c.scenario.no}</option>
      </select>
    </label>
  );
}

function TextField(props: { field: DraftField; label: string; hint?: string; value: string; errors: FieldError[] | undefined; onText: Props["onText"] }) {
  const id = `f-${props.field}`;
  return (
    <label class={props.hint ? "wide" : undefined}>
      {props.label}
      <input
        id={id}
        type="text"
        inputMode={props.field === "people" || props.field === "turnover" ? "numeric" : undefined}
        value={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        aria-invalid={props.errors?.length ? "true" : undefined}
        onInput={(e) => props.onText(props.field, e.currentTarget.value)}
      />
      {props.hint && (
        <span class="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
    </label>
  );
}

const CurrencyOptions = () => (
  <>
    {currencies.map((k) => (
      <option key={k} value={k}>
        {k}
      </option>
    ))}
  </>
);

/** The facts of the scenario: who, where, which articles, how many people, what data. */
function ScenarioForm({ scenario, drafts, errors, onChange, onText }: Props) {
  const { ui, c } = useLabels();
  const s = c.scenario;
  const fieldErrors = [...(errors.sector ?? []), ...(errors.articles ?? []), ...(errors.people ?? []), ...(errors.turnover ?? [])];
  const turnoverCurrency = drafts.turnoverCurrency || currencyOf(scenario);
  return (
    <section class="calc-scenario" aria-labelledby="calc-scenario-h">
      <h2 id="calc-scenario-h">{s.heading}</h2>
      {fieldErrors.length > 0 && (
        <div class="notice form-errors" role="alert" data-testid="form-errors">
          <p>{s.errors}</p>
          <ul>
            {fieldErrors.map((e, i) => (
              <li key={i}>
                <code>{e.field}</code>
                {`: ${e.message}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="scenario-fields">
        <legend class="visually-hidden">{s.heading}</legend>
        <label>
          {s.country}
          <select id="f-country" value={scenario.country} onChange={(e) => onChange({ country: e.currentTarget.value as Scenario["country"] })}>
            {countries.map((k) => (
              <option key={k} value={k}>
                {ui.countries[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s.controllerType}
          <select id="f-type" value={scenario.controllerType} onChange={(e) => onChange({ controllerType: e.currentTarget.value as Scenario["controllerType"] })}>
            {controllerTypes.map((k) => (
              <option key={k} value={k}>
                {s.controllerTypes[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s.currency}
          <select
            id="f-currency"
            value={scenario.currency ?? ""}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange({ currency: v === "" ? undefined : (v as Scenario["currency"]) });
            }}
          >
            <option value="">{s.currencyDefault(countryCurrency[scenario.country])}</option>
            <CurrencyOptions />
          </select>
        </label>
        <TextField field="sector" label={s.sector} hint={s.sectorHint} value={drafts.sector} errors={errors.sector} onText={onText} />
        <TextField field="articles" label={s.articles} hint={s.articlesHint} value={drafts.articles} errors={errors.articles} onText={onText} />
        <TextField field="people" label={s.people} value={drafts.people} errors={errors.people} onText={onText} />
        <YesNo id="f-children" label={s.children} value={scenario.children} onChange={(children) => onChange({ children })} />
        <YesNo id="f-special" label={s.special} value={scenario.specialCategories} onChange={(specialCategories) => onChange({ specialCategories })} />
        {scenario.controllerType !== "public" && (
          <>
            <TextField field="turnover" label={s.turnover} hint={s.turnoverHint} value={drafts.turnover} errors={errors.turnover} onText={onText} />
            <label>
              {s.turnoverCurrency}
              <select
                id="f-turnover-currency"
                value={turnoverCurrency}
                onChange={(e) => onText("turnoverCurrency", e.currentTarget.value)}
              >
                <CurrencyOptions />
              </select>
            </label>
            <label>
              {s.sizeClass}
              <select
                id="f-size"
                value={scenario.sizeClass ?? ""}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  onChange({ sizeClass: v === "" ? undefined : (v as SizeClass) });
                }}
              >
                <option value="">{s.unknown}</option>
                {sizeClasses.map((k) => (
                  <option key={k} value={k}>
                    {s.sizeClasses[k]}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </fieldset>
    </section>
  );
}

export default pure(ScenarioForm);
