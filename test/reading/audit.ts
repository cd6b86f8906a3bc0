// Compares what the core did on a corpus workbook (an AuditResult from adapter.ts) with what the
// case expects. Each check returns ok and, when not ok, the first difference in words, so a
// failing test and the audit table say what is wrong without a debugger.

import type { AuditFigures, AuditIssue, AuditResult } from "./adapter";
import { parseA1 } from "./corpus/sheet-builder";
import type { CorpusCase, ExpectedFigures, ExpectedNote, Field, Role } from "./corpus/types";

export interface Check {
  readonly ok: boolean;
  /** The first difference found; "" when ok. */
  readonly why: string;
}

const OK: Check = { ok: true, why: "" };
const fail = (why: string): Check => ({ ok: false, why });

const won = (n: number) => n.toLocaleString("en-US");

/** Does an issue point at the place a note is about (see Scope in corpus/types.ts)? Severity aside. */
export function pointsAt(i: AuditIssue, n: ExpectedNote): boolean {
  if (n.scope === "workbook") return i.code === n.code;
  if (i.sheet !== n.sheet) return false;
  if (n.scope === "sheet") return true;
  if (i.cell === undefined || n.cell === undefined) return false;
  const a = parseA1(i.cell);
  const b = parseA1(n.cell);
  if (n.scope === "cell") return a.row === b.row && a.col === b.col;
  return n.scope === "row" ? a.row === b.row : a.col === b.col;
}

/**
 * The issue a note expects: at its place, and of its severity exactly. An error on a total row
 * ("name missing") is not the note that the row was taken as a total; a note is not a warning.
 */
export function matches(i: AuditIssue, n: ExpectedNote): boolean {
  return i.severity === n.severity && pointsAt(i, n);
}

function unexpectedErrors(c: CorpusCase, issues: readonly AuditIssue[]): AuditIssue[] {
  const expected = c.notes.filter((n) => n.severity === "error");
  return issues.filter((i) => i.severity === "error" && !expected.some((n) => matches(i, n)));
}

const place = (i: AuditIssue) => `${i.code}${i.sheet ? ` ${i.sheet}` : ""}${i.cell ? `!${i.cell}` : ""}`;

function compareFigures(e: ExpectedFigures, f: AuditFigures): string {
  const pairs: [string, number | string, number | string][] = [
    ["totalBudget", e.totalBudget, f.totalBudget],
    ["grantsToDate", e.grantsToDate, f.grantsToDate],
    ["executedToDate", e.executedToDate, f.executedToDate],
    ["ratio to budget", e.display.ratioToBudget, f.display.ratioToBudget],
    ["ratio to grants", e.display.ratioToGrants, f.display.ratioToGrants],
    ...e.byQuarter.map((q, k): [string, number, number] => [`Q${k + 1}`, q, f.byQuarter[k]!]),
  ];
  for (const [what, want, got] of pairs)
    if (want !== got) return `${what}: expected ${typeof want === "number" ? won(want) : want}, got ${typeof got === "number" ? won(got) : got}`;
  for (const [what, want, got] of [
    ["ratio to budget", e.ratioToBudget, f.ratioToBudget],
    ["ratio to grants", e.ratioToGrants, f.ratioToGrants],
  ] as const) {
    // The exact fraction against the core's unrounded ratio: equal to the last bits of a double.
    const exact = want === null ? null : want.num / want.den;
    if (exact === null ? got !== null : got === null || Math.abs(got - exact) > 1e-12 * Math.max(1, Math.abs(exact)))
      return `${what} unrounded: expected ${want === null ? "none" : `${want.num}/${want.den}`}, got ${got}`;
  }
  const got = new Map(f.lines.map((l) => [l.name, l]));
  for (const l of e.lines) {
    const g = got.get(l.name);
    if (!g) return `line '${l.name}' missing (lines read: ${[...got.keys()].join(", ")})`;
    if (g.budget !== l.budget) return `line '${l.name}' budget: expected ${won(l.budget)}, got ${won(g.budget)}`;
    if (g.executed !== l.executed) return `line '${l.name}' executed: expected ${won(l.executed)}, got ${won(g.executed)}`;
    if (g.category !== l.category) return `line '${l.name}' category: expected '${l.category}', got '${g.category}'`;
    if (g.byQuarter.some((q, k) => q !== l.byQuarter[k])) return `line '${l.name}' by quarter: expected ${l.byQuarter.join("/")}, got ${g.byQuarter.join("/")}`;
  }
  const extra = f.lines.filter((l) => !e.lines.some((x) => x.name === l.name));
  if (extra.length > 0) return `lines not in the budget read as lines: ${extra.map((l) => `'${l.name}'`).join(", ")}`;
  const cats = new Map(f.categories.map((x) => [x.category, x]));
  for (const x of e.categories) {
    const g = cats.get(x.category);
    if (!g) return `category '${x.category}' missing`;
    if (g.budget !== x.budget || g.executed !== x.executed)
      return `category '${x.category}': expected ${won(x.budget)} / ${won(x.executed)}, got ${won(g.budget)} / ${won(g.executed)}`;
  }
  if (f.categories.length !== e.categories.length) return `categories: expected ${e.categories.length}, got ${f.categories.length}`;
  return "";
}

/** Figures exactly as expected, and no error the case does not expect (an error makes the CLI refuse). */
export function checkFigures(c: CorpusCase, r: AuditResult): Check {
  const errors = unexpectedErrors(c, r.issues);
  if (errors.length > 0) return fail(`refused: ${errors.length} error(s), first ${place(errors[0]!)}`);
  if (!r.figures) return fail("no figures");
  const why = compareFigures(c.expected, r.figures);
  return why === "" ? OK : fail(why);
}

/** Every expected note has an issue of its severity pointing at its place. */
export function checkNotes(c: CorpusCase, r: AuditResult): Check {
  for (const n of c.notes)
    if (!r.issues.some((i) => matches(i, n)))
      return fail(`no ${n.severity} at ${n.scope === "workbook" ? `(code ${n.code})` : `${n.sheet}!${n.cell ?? ""} (${n.scope})`} for ${n.code}`);
  return OK;
}

/** The fields today's `recognized` can report, per role. */
const TODAY_FIELDS: Readonly<Record<Role, readonly Field[]>> = {
  budget: ["category", "budgetLine", "amount"],
  grants: ["date", "amount"],
  ledger: ["date", "budgetLine", "amount"],
};

/** Every expected sheet recognised in its role, its header found, its columns the expected ones. */
export function checkColumns(c: CorpusCase, r: AuditResult): Check {
  for (const x of c.readings) {
    const s = r.sheets.find((y) => y.sheet === x.sheet && y.role === x.role);
    if (!s) return fail(`sheet '${x.sheet}' not recognised as ${x.role}`);
    if (s.headerRow !== x.headerRows[0]) return fail(`'${x.sheet}' header row: expected ${x.headerRows[0]}, got ${s.headerRow}`);
    for (const field of TODAY_FIELDS[x.role]) {
      const want = x.columns[field];
      if (want !== undefined && s.columns[field] !== want) return fail(`'${x.sheet}' ${field}: expected column ${want}, got ${s.columns[field] ?? "none"}`);
    }
  }
  return OK;
}

/** The row decisions, units and budget columns are exposed (point 11) and match. */
export function checkChoices(c: CorpusCase, r: AuditResult): Check {
  if (!r.choices) return fail("the core does not expose its row, unit and budget-column choices");
  for (const x of c.readings) {
    for (const d of x.rows)
      if (!r.choices.rows.some((y) => y.sheet === x.sheet && y.kind === d.kind && y.cell === d.cell)) return fail(`'${x.sheet}' ${d.kind} row ${d.cell} not shown`);
    if (x.unit && !r.choices.units.some((u) => u.sheet === x.sheet && u.factor === x.unit!.factor)) return fail(`'${x.sheet}' unit ×${x.unit.factor} not shown`);
    if (x.budgetColumns && !r.choices.budgetColumns.some((b) => b.sheet === x.sheet && b.columns.join() === x.budgetColumns!.join()))
      return fail(`'${x.sheet}' budget columns ${x.budgetColumns.join(", ")} not shown`);
  }
  return OK;
}

export type Verdict = "right" | "wrong" | "refused";

export function verdictOf(c: CorpusCase, r: AuditResult): Verdict {
  if (unexpectedErrors(c, r.issues).length > 0 || !r.figures) return "refused";
  return checkFigures(c, r).ok ? "right" : "wrong";
}

/**
 * Whether the output has a warning or error pointing at the cause: at a noted place or a decided
 * row, on the sheets the case varies (an info there is a note, not a warning).
 */
export function warnedAtCause(c: CorpusCase, r: AuditResult): boolean {
  const onFocus = (sheet: string | undefined) => sheet === undefined || c.focus.includes(sheet);
  const places: ExpectedNote[] = [
    ...c.notes.filter((n) => onFocus(n.sheet)),
    ...c.readings
      .filter((x) => onFocus(x.sheet))
      .flatMap((x) => x.rows.map((d): ExpectedNote => ({ code: "total-row-skipped", severity: "warning", scope: "row", sheet: x.sheet, cell: d.cell }))),
  ];
  return r.issues.some((i) => i.severity !== "info" && places.some((p) => pointsAt(i, p) || aboutListedSheet(i, p)));
}

/**
 * A sheet-level issue naming one of the sheets a workbook-wide note lists ("sheet-ambiguous" on
 * '집행내역' with '집행내역 (2)' unread): it points at the cause though its code is another.
 */
function aboutListedSheet(i: AuditIssue, n: ExpectedNote): boolean {
  const listed = typeof n.params?.sheets === "string" ? n.params.sheets.split(", ") : [];
  if (n.scope !== "workbook" || i.cell !== undefined) return false;
  return [i.sheet, ...Object.values(i.params)].some((v) => typeof v === "string" && listed.includes(v));
}
