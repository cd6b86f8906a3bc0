// What the user chose for an analysis: the report period (CLI flags, the task pane's period
// fields), the ratio display, and reading choices for one run (the CLI's --column and --row:
// which column is a field, which rows are totals). Each field left out is taken from the meeting
// sheet, else found in the workbook (period.ts); reading choices kept in the workbook's settings
// sheet (read/settings.ts) apply in every run, and a run's own choices win over them.
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

/** A column for a field of one sheet, for one run (`--column 집행내역.amount=합계`). */
export interface ColumnChoice {
  readonly sheet: string;
  /** The field: its key ("amount") or its name ("금액", "집행일자"). */
  readonly field: string;
  /** A column letter ("G") or header text ("합계"); null: no column for this optional field. */
  readonly column: string | null;
}

/** A row of one sheet taken as a total (left out of every sum) or as data, for one run (`--row 예산.12=total`). */
export interface RowChoice {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly as: "total" | "data";
}

export interface AnalysisChoice {
  /** The period fields the user set; the others follow the meeting sheet, then the defaults. */
  readonly period?: PeriodChoice;
  /** Ratio display: whole percent (default) or one decimal. */
  readonly ratioDecimals?: 0 | 1;
  /** Columns chosen for this run; they win over the settings sheet's for the same sheet and field. */
  readonly columns?: readonly ColumnChoice[];
  /** Rows taken as totals or data for this run; they win over the settings sheet's. */
  readonly rows?: readonly RowChoice[];
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
const nonEmpty = z.string().trim().min(1).max(200);
const columnChoiceSchema = z.object({ sheet: nonEmpty, field: nonEmpty, column: z.union([nonEmpty, z.null()]) });
const rowChoiceSchema = z.object({ sheet: nonEmpty, row: z.number().int().min(1).max(1_048_576), as: z.enum(["total", "data"]) });

/** The entries of a list option that are valid; each invalid one is dropped with a warning. */
function validEntries<T>(v: unknown, schema: z.ZodType<T>, option: string, issues: Issue[]): T[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) {
    issues.push({ severity: "warning", code: "option-invalid", value: safeText(v), params: { option } });
    return undefined;
  }
  const out: T[] = [];
  for (const entry of v) {
    const r = schema.safeParse(entry);
    if (r.success) out.push(r.data);
    else issues.push({ severity: "warning", code: "option-invalid", value: safeText(entry), params: { option } });
  }
  return out;
}

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
  const columns = validEntries<ColumnChoice>(src["columns"], columnChoiceSchema, "columns", issues);
  const rows = validEntries<RowChoice>(src["rows"], rowChoiceSchema, "rows", issues);
  return {
    period,
    ...(ratioDecimals !== undefined ? { ratioDecimals } : {}),
    ...(columns && columns.length > 0 ? { columns } : {}),
    ...(rows && rows.length > 0 ? { rows } : {}),
  };
}
