// What the user chose for an analysis: today the report period (CLI flags, the task pane's period
// fields) and the ratio display. Each field left out is taken from the meeting sheet, else found
// in the workbook (period.ts). Later choices (which column is the amount, which rows are totals)
// join this type as further optional fields, so every caller keeps compiling.
//
// Choices come from outside the core (a JSON caller, the pane's inputs), so each field is checked
// with zod on its own: a bad one is dropped with an `option-invalid` warning and the rest apply.

import { z } from "zod";
import type { Issue } from "./issues/issue";
import type { IsoDate, Quarter } from "./model";
import { tryParseIsoDate } from "./parse/date";

/** The report period as chosen; each field is optional. */
export interface PeriodChoice {
  /** Fiscal year. */
  readonly year?: number;
  /** Report quarter: the period is Q1 to this quarter, cumulative. */
  readonly quarter?: Quarter;
  /** Inclusive as-of date (기준일). */
  readonly asOf?: IsoDate;
}

export interface AnalysisChoice {
  /** The period fields the user set; the others follow the meeting sheet, then the defaults. */
  readonly period?: PeriodChoice;
  /** Ratio display: whole percent (default) or one decimal. */
  readonly ratioDecimals?: 0 | 1;
}

const asOfSchema = z
  .string()
  .refine((s) => tryParseIsoDate(s).ok)
  .transform((s) => {
    const r = tryParseIsoDate(s);
    return r.ok ? r.value : s;
  });

const periodFields = {
  year: z.number().int().min(1900).max(9999),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  asOf: asOfSchema,
} as const;

const ratioDecimalsSchema = z.union([z.literal(0), z.literal(1)]);

function safeText(v: unknown): string {
  try {
    return typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    return "?";
  }
}

function record(v: unknown): Readonly<Record<string, unknown>> {
  return v !== null && typeof v === "object" ? (v as Record<string, unknown>) : {};
}

/** The choice with each invalid field dropped (and a warning for it), the as-of date normalised. */
export function parseChoice(input: unknown, issues: Issue[]): AnalysisChoice {
  const src = record(input);
  const period: { year?: number; quarter?: Quarter; asOf?: IsoDate } = {};
  const given = record(src["period"]);
  for (const key of ["year", "quarter", "asOf"] as const) {
    const v = given[key];
    if (v === undefined) continue;
    const r = periodFields[key].safeParse(v);
    if (r.success) (period as Record<string, unknown>)[key] = r.data;
    else issues.push({ severity: "warning", code: "option-invalid", value: safeText(v), params: { option: key } });
  }
  let ratioDecimals: 0 | 1 | undefined;
  if (src["ratioDecimals"] !== undefined) {
    const r = ratioDecimalsSchema.safeParse(src["ratioDecimals"]);
    if (r.success) ratioDecimals = r.data;
    else issues.push({ severity: "warning", code: "option-invalid", value: safeText(src["ratioDecimals"]), params: { option: "ratioDecimals" } });
  }
  return { period, ...(ratioDecimals !== undefined ? { ratioDecimals } : {}) };
}
