// The core's boundary: what hosts, the CLI and JSON callers hand in, parsed with zod.
// Cells are coerced rather than rejected (a NaN or an odd object in one cell must become an issue
// on that cell, not a refusal to read the workbook); only the workbook's shape can fail.

import { z } from "zod";
import type { WorkbookGrid } from "./grid";
import type { Issue } from "./issues";
import type { AnalyzeOptions, Quarter } from "./model";
import { tryParseIsoDate } from "./parse/date";
import { coerceCell } from "./read-sheets";
import { err, ok, type Result } from "./result";

export const cellValueSchema = z.unknown().transform(coerceCell);

export const sheetGridSchema = z.object({
  name: z.string(),
  origin: z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() }).default({ row: 0, col: 0 }),
  values: z.array(z.array(cellValueSchema)),
  hidden: z.boolean().optional(),
});

export const workbookGridSchema = z.object({ sheets: z.array(sheetGridSchema) });

/** Parses untrusted input (e.g. JSON) into a WorkbookGrid; the error names the first bad path. */
export function tryParseWorkbookGrid(input: unknown): Result<WorkbookGrid, string> {
  const r = workbookGridSchema.safeParse(input);
  if (r.success) return ok(r.data);
  const first = r.error.issues[0];
  return err(first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "invalid workbook grid");
}

export const analyzeOptionsSchema = z.object({
  year: z.number().int().min(1900).max(9999).optional(),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  asOf: z
    .string()
    .refine((s) => tryParseIsoDate(s).ok)
    .transform((s) => {
      const r = tryParseIsoDate(s);
      return r.ok ? r.value : s;
    })
    .optional(),
  ratioDecimals: z.union([z.literal(0), z.literal(1)]).optional(),
});

const optionKeys = ["year", "quarter", "asOf", "ratioDecimals"] as const;

/**
 * Options, each checked on its own: a bad one is dropped with an `option-invalid` warning and
 * the rest still apply. Unknown keys are ignored (ReportOptions extends AnalyzeOptions).
 */
export function parseAnalyzeOptions(input: unknown): { options: AnalyzeOptions; issues: Issue[] } {
  const issues: Issue[] = [];
  const out: { year?: number; quarter?: Quarter; asOf?: string; ratioDecimals?: 0 | 1 } = {};
  if (input === null || input === undefined || typeof input !== "object") return { options: out, issues };
  const src = input as Record<string, unknown>;
  for (const key of optionKeys) {
    const v = src[key];
    if (v === undefined) continue;
    const r = analyzeOptionsSchema.shape[key].safeParse(v);
    if (r.success && r.data !== undefined) (out as Record<string, unknown>)[key] = r.data;
    else issues.push({ severity: "warning", code: "option-invalid", params: { option: key, value: safeText(v) } });
  }
  return { options: out, issues };
}

function safeText(v: unknown): string {
  try {
    return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  } catch {
    return "?";
  }
}
