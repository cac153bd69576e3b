import type { APIRoute } from "astro";
import { z } from "../../domain/schema/zod.ts";
import { scenarioSchema } from "../../domain/estimator/scenario-schema.ts";

/** JSON Schema of a calculator scenario, generated from the zod schema the page and CLI validate with. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        $id: "scenario.schema.json",
        title: "Art83 fine calculator scenario",
        description:
          "Input of the fine calculator (/calculator/) and of `npm run estimate -- --scenario file.json`. A missing factor is not assessed; the currency defaults to the country's.",
        ...z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" }),
      },
      null,
      2,
    ),
    { headers: { "Content-Type": "application/schema+json; charset=utf-8" } },
  );
