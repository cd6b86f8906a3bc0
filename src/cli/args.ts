// Command-line arguments → a typed command, or a Korean usage error (exit code 2).
// Hand-rolled: four commands and a handful of options do not need a library.

import type { AnalysisChoice, ColumnChoice, PeriodChoice, RowChoice } from "../core/choice";
import type { IsoDate, Quarter } from "../core/model";
import { tryParseIsoDate } from "../core/parse/date";
import { tryParseReportQuarter } from "../core/parse/quarter";
import { err, ok, type Result } from "../core/result";

/** The flags of an analysis, as given: the period (--year, --quarter, --as-of), --decimals, and the reading choices of one run (--column, --row). */
export type Period = PeriodChoice & Pick<AnalysisChoice, "ratioDecimals" | "columns" | "rows">;

/** The flags as the analysis' choice: the period fields given override the meeting sheet's; --column and --row the settings sheet's. */
export function choiceOf(period: Period): AnalysisChoice {
  const { ratioDecimals, columns, rows, ...fields } = period;
  return { period: fields, ...(ratioDecimals !== undefined ? { ratioDecimals } : {}), ...(columns ? { columns } : {}), ...(rows ? { rows } : {}) };
}

/** "집행내역.amount=합계" → a column choice; "none" or "사용안함" for no column. The last "." before "=" ends the sheet's name. */
export function tryParseColumnOption(text: string): Result<ColumnChoice, string> {
  const m = /^(.+)\.([^.=]+)=(.*)$/.exec(text.trim());
  const usage = `--column 값은 시트.항목=열 형식입니다: ${text} (예: --column 집행내역.금액=G, --column "집행내역.amount=합계")`;
  if (!m || m[1]!.trim() === "" || m[2]!.trim() === "" || m[3]!.trim() === "") return err(usage);
  const column = m[3]!.trim();
  return ok({ sheet: m[1]!.trim(), field: m[2]!.trim(), column: /^(none|사용\s*안\s*함|없음)$/i.test(column) ? null : column });
}

/** "예산.12=total" → a row choice: total (합계: left out of every sum) or data (자료: counted). */
export function tryParseRowOption(text: string): Result<RowChoice, string> {
  const m = /^(.+)\.(\d{1,7})(?:행)?=(.+)$/.exec(text.trim());
  const usage = `--row 값은 시트.행=total|data 형식입니다: ${text} (예: --row 예산.12=total, --row 예산.15=data)`;
  if (!m || m[1]!.trim() === "" || Number(m[2]) < 1) return err(usage);
  const word = m[3]!.trim().toLowerCase();
  const as = word === "total" || word === "합계" ? "total" : word === "data" || word === "자료" ? "data" : null;
  return as ? ok({ sheet: m[1]!.trim(), row: Number(m[2]), as }) : err(usage);
}

export type Command =
  | { readonly name: "validate"; readonly file: string; readonly json: boolean; readonly period: Period }
  | { readonly name: "figures"; readonly file: string; readonly json: boolean; readonly period: Period }
  | { readonly name: "template"; readonly out: string; readonly force: boolean; readonly json: boolean; readonly year?: number }
  | { readonly name: "add-sheets"; readonly file: string; readonly json: boolean; readonly period: Period; readonly out?: string; readonly force: boolean }
  | {
      readonly name: "report";
      readonly file: string;
      readonly json: boolean;
      readonly period: Period;
      readonly out?: string;
      readonly force: boolean;
      readonly replace: boolean;
    }
  | {
      readonly name: "carry";
      readonly file: string;
      readonly json: boolean;
      readonly period: Period;
      readonly out?: string;
      readonly force: boolean;
    }
  | { readonly name: "help" };

export { USAGE } from "./usage";

type Flag = "json" | "force" | "replace";
type Valued = "quarter" | "as-of" | "year" | "out" | "decimals" | "column" | "row";
/** Options that may be given several times. */
const REPEATABLE: readonly Valued[] = ["column", "row"];

const allowed: Record<Exclude<Command["name"], "help">, { flags: readonly Flag[]; valued: readonly Valued[] }> = {
  validate: { flags: ["json"], valued: ["year", "quarter", "as-of", "decimals", "column", "row"] },
  figures: { flags: ["json"], valued: ["quarter", "as-of", "year", "decimals", "column", "row"] },
  report: { flags: ["json", "force", "replace"], valued: ["quarter", "as-of", "year", "out", "decimals", "column", "row"] },
  template: { flags: ["json", "force"], valued: ["year"] },
  "add-sheets": { flags: ["json", "force"], valued: ["out", "year"] },
  carry: { flags: ["json", "force"], valued: ["quarter", "as-of", "year", "out"] },
};

const isCommandName = (s: string): s is keyof typeof allowed => Object.hasOwn(allowed, s);

function tryParseYear(text: string): Result<number, string> {
  if (!/^\d{4}$/.test(text)) return err(`--year 값이 연도(예: 2024)가 아닙니다: ${text}`);
  const y = Number(text);
  return y >= 1900 && y <= 9999 ? ok(y) : err(`--year 값이 연도(예: 2024)가 아닙니다: ${text}`);
}

/** Parses argv (without node and script). Usage errors are one Korean line. */
export function tryParseArgs(argv: readonly string[]): Result<Command, string> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") return ok({ name: "help" });
  if (!isCommandName(name)) return err(`알 수 없는 명령입니다: ${name} (validate, figures, report, template, add-sheets, carry 중 하나)`);
  const spec = allowed[name];

  const positional: string[] = [];
  const flags = new Set<Flag>();
  const values = new Map<Valued, string>();
  const repeated = new Map<Valued, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--help" || arg === "-h") return ok({ name: "help" });
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const key = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if ((spec.flags as readonly string[]).includes(key)) {
      if (eq >= 0) return err(`--${key} 옵션에는 값을 붙이지 않습니다.`);
      flags.add(key as Flag);
    } else if ((spec.valued as readonly string[]).includes(key)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) return err(`--${key} 옵션에 값이 없습니다.`);
      if (REPEATABLE.includes(key as Valued)) {
        repeated.set(key as Valued, [...(repeated.get(key as Valued) ?? []), value]);
        continue;
      }
      if (values.has(key as Valued)) return err(`--${key} 옵션이 두 번 있습니다.`);
      values.set(key as Valued, value);
    } else {
      return err(`${name} 명령에 없는 옵션입니다: --${key}`);
    }
  }

  if (positional.length === 0) return err(name === "template" ? "만들 파일 이름을 적어 주세요. 예: template 새통합문서.xlsx" : "읽을 통합문서(.xlsx) 파일을 적어 주세요.");
  if (positional.length > 1) return err(`파일은 하나만 적습니다: ${positional.join(", ")}`);
  const file = positional[0]!;
  const json = flags.has("json");

  let year: number | undefined;
  const yearText = values.get("year");
  if (yearText !== undefined) {
    const y = tryParseYear(yearText);
    if (!y.ok) return y;
    year = y.value;
  }
  if (name === "template") return ok({ name, out: file, force: flags.has("force"), json, ...(year !== undefined ? { year } : {}) });

  let quarter: Quarter | undefined;
  const quarterText = values.get("quarter");
  if (quarterText !== undefined) {
    const q = tryParseReportQuarter(quarterText);
    if (!q.ok) return err(`--quarter 값을 알 수 없습니다: ${quarterText} (예: 2024Q2, 2024년 2분기)`);
    if (year !== undefined && year !== q.value.year) return err(`--year ${year}와 --quarter ${quarterText}의 연도가 다릅니다.`);
    year = q.value.year;
    quarter = q.value.quarter;
  }
  let asOf: IsoDate | undefined;
  const asOfText = values.get("as-of");
  if (asOfText !== undefined) {
    const d = tryParseIsoDate(asOfText);
    if (!d.ok) return err(`--as-of 값이 날짜가 아닙니다: ${asOfText} (예: 2024-05-24)`);
    asOf = d.value;
    if (year !== undefined && Number(asOf.slice(0, 4)) !== year) return err(`기준일 ${asOf}이 ${year}년이 아닙니다.`);
  }
  let ratioDecimals: 0 | 1 | undefined;
  const decimalsText = values.get("decimals");
  if (decimalsText !== undefined) {
    if (decimalsText !== "0" && decimalsText !== "1") return err(`--decimals는 0 또는 1입니다: ${decimalsText}`);
    ratioDecimals = decimalsText === "1" ? 1 : 0;
  }
  const columns: ColumnChoice[] = [];
  for (const text of repeated.get("column") ?? []) {
    const c = tryParseColumnOption(text);
    if (!c.ok) return c;
    columns.push(c.value);
  }
  const rows: RowChoice[] = [];
  for (const text of repeated.get("row") ?? []) {
    const r = tryParseRowOption(text);
    if (!r.ok) return r;
    rows.push(r.value);
  }
  const period: Period = {
    ...(year !== undefined ? { year } : {}),
    ...(quarter !== undefined ? { quarter } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(ratioDecimals !== undefined ? { ratioDecimals } : {}),
    ...(columns.length > 0 ? { columns } : {}),
    ...(rows.length > 0 ? { rows } : {}),
  };
  const out = values.get("out");
  if (name === "report") return ok({ name, file, json, period, force: flags.has("force"), replace: flags.has("replace"), ...(out !== undefined ? { out } : {}) });
  if (name === "add-sheets") return ok({ name, file, json, period, force: flags.has("force"), ...(out !== undefined ? { out } : {}) });
  if (name === "carry") return ok({ name, file, json, period, force: flags.has("force"), ...(out !== undefined ? { out } : {}) });
  return ok({ name, file, json, period });
}
