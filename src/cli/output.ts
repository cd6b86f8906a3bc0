// What the CLI prints: a readable Korean summary, or one JSON object for scripts.

import type { AnalysisSummary } from "../core/analyze";
import { formatAmount, formatKoreanDate, formatPeriod, formatRatio, formatWon, totalBudgetLabel } from "../core/display";
import type { Cause } from "../core/issues/causes";
import { groupIssues } from "../core/issues/group";
import { hasErrors, issueCounts, type Issue, type Severity } from "../core/issues/issue";
import { renderIssue } from "../core/issues/render";
import type { Figures, RecognizedSheet } from "../core/model";

export interface JsonIssue {
  readonly severity: Severity;
  readonly code: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  readonly value: string | null;
  readonly hint: string;
}

export function jsonIssue(issue: Issue): JsonIssue {
  const { message, hint } = renderIssue(issue, "ko", { shell: "cli" });
  return {
    severity: issue.severity,
    code: issue.code,
    sheet: issue.sheet ?? null,
    cell: issue.cell ?? null,
    message,
    value: issue.value ?? null,
    hint,
  };
}

/** The JSON object every command prints with --json; `extra` adds command-specific fields. `issues` come sorted (an analysis' or a report's). */
export function jsonResult(
  command: string,
  file: string,
  analysis: AnalysisSummary,
  issues: readonly Issue[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    command,
    file,
    ok: !hasErrors(issues),
    counts: issueCounts(issues),
    recognized: analysis.recognized,
    figures: analysis.figures,
    // Causes behind many errors, with the option that removes them (see causeLines); a report's
    // own notes (sheet names) never add to them.
    causes: analysis.causes.map((c) => ({ kind: c.kind, year: c.year, found: c.found, explains: c.explains.length, option: `--year ${c.action.year}` })),
    issues: issues.map(jsonIssue),
    ...extra,
  };
}

const severityKo: Record<Severity, string> = { error: "오류", warning: "경고", info: "참고" };

/** Display width in terminal columns: Hangul and other wide characters take two. */
function width(s: string): number {
  let w = 0;
  // Decomposed Hangul (a sheet named on a Mac) shows as whole syllables: count those, not jamo.
  for (const ch of s.normalize("NFC")) w += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;

function table(rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows.map((r) => "  " + r.map((c, i) => (rightAligned[i] ? padStart(c, widths[i]!) : padEnd(c, widths[i]!))).join("  ").trimEnd());
}

const roleKo: Record<string, string> = { budget: "예산", grants: "교부", ledger: "집행내역", programs: "사업", meeting: "회의정보" };

export function recognizedLines(recognized: readonly RecognizedSheet[]): string[] {
  if (recognized.length === 0) return ["인식한 시트: 없음"];
  return [
    "인식한 시트:",
    ...table(
      recognized.map((r) => [`${roleKo[r.role] ?? r.role}`, `'${r.sheet}'`, `머리글 ${r.headerRow}행`, `${r.rowCount}행`]),
      [false, false, false, true],
    ),
  ];
}

/** "3,006" */
const count = (n: number) => n.toLocaleString("ko-KR");

/** A cause the CLI user can act on: what it is, and the option that removes it. */
export function causeLines(causes: readonly Cause[]): string[] {
  return causes.flatMap((c) => [
    `먼저 확인하세요: 회계연도 ${c.year}년 밖의 날짜 ${count(c.explains.length)}건이 ${c.found}년입니다.` +
      (c.issue ? ` ${c.issue.sheet ? `'${c.issue.sheet}' 시트` : "예산 시트"}의 이름이나 제목도 ${c.found}년입니다.` : ""),
    `      → 회계연도가 ${c.found}년이면 --year ${c.action.year}로 다시 실행하거나 회의정보 시트의 보고분기를 고치세요.`,
  ]);
}

/**
 * Issues (sorted, as an analysis gives them) grouped by severity, as cards: the same problem on
 * consecutive rows of a column is one line with its range and count ("집행내역!B5:B3010 (3,006행)").
 * A cause that explains many of them comes first. Within a severity every run is spelled out, and
 * at most `perCode` single cells of one kind; the rest are listed by place, so 24 "after the
 * as-of date" notes do not bury the one error.
 */
export function issueLines(sorted: readonly Issue[], causes: readonly Cause[] = [], perCode = 5): string[] {
  const c = issueCounts(sorted);
  const out = [`검사 결과: 오류 ${count(c.error)}건, 경고 ${count(c.warning)}건, 참고 ${count(c.info)}건`];
  if (causes.length > 0) out.push("", ...causeLines(causes));
  const cards = groupIssues(sorted);
  for (const sev of ["error", "warning", "info"] as const) {
    const group = cards.filter((card) => card.issue.severity === sev);
    if (group.length === 0) continue;
    out.push("", `[${severityKo[sev]}] ${count(c[sev])}건`);
    const shownPerCode = new Map<string, number>();
    const morePlaces = new Map<string, string[]>();
    for (const card of group) {
      const { issue } = card;
      const where = issue.sheet ? (card.range ? `${issue.sheet}!${card.range}` : issue.sheet) : "";
      // A run (many rows, one card) is always spelled out; single cells of a kind past perCode are listed by place.
      const shown = card.issues.length > 1 ? 0 : (shownPerCode.get(issue.code) ?? 0);
      if (shown >= perCode) {
        morePlaces.set(issue.code, [...(morePlaces.get(issue.code) ?? []), where || "-"]);
        continue;
      }
      if (card.issues.length === 1) shownPerCode.set(issue.code, shown + 1);
      const { message, hint } = renderIssue(issue, "ko", { withPlace: !where, shell: "cli" });
      const rows = card.issues.length > 1 ? ` (${count(card.issues.length)}행${card.sameValue ? "" : ", 첫 행의 값"})` : "";
      out.push(`  ${where ? `${where}${rows}  ` : ""}${message}`);
      if (hint && sev !== "info") out.push(`      → ${hint}`);
    }
    for (const [, places] of morePlaces) {
      const list = places.length > 12 ? `${places.slice(0, 12).join(", ")} …` : places.join(", ");
      out.push(`  … 같은 종류 ${count(places.length)}곳 더: ${list} (--json으로 모두 볼 수 있습니다)`);
    }
  }
  return out;
}

export function figuresLines(f: Figures, withLines: boolean): string[] {
  const decimals: 0 | 1 = f.display.ratioToBudget.includes(".") || f.display.ratioToGrants.includes(".") ? 1 : 0;
  const out = [
    `집행 현황: ${f.year}년 ${formatPeriod(f.quarter)}, ${formatKoreanDate(f.asOf)} 기준`,
    ...table(
      [
        [totalBudgetLabel(f.year, f.originalBudget !== undefined), formatWon(f.totalBudget)],
        [`${formatPeriod(f.quarter)} 교부액`, formatWon(f.grantsToDate)],
        [`${formatKoreanDate(f.asOf)} 기준 총 집행액`, formatWon(f.executedToDate)],
        ["① 총 예산 대비 집행율", f.display.ratioToBudget],
        [`② ${formatPeriod(f.quarter)} 교부액 대비 집행율`, f.display.ratioToGrants],
      ],
      [false, true],
    ),
  ];
  if (withLines && f.lines.length > 0) {
    // Amounts without 원 in every cell: the unit is said once, above the table.
    const q = [1, 2, 3, 4].filter((n) => n <= f.quarter);
    const head = ["구분", "사업명", "예산", ...q.map((n) => `${n}분기`), "집행", "집행률", "잔액"];
    const rows = f.lines.map((l) => [
      l.category,
      l.name,
      formatAmount(l.budget),
      ...q.map((n) => formatAmount(l.byQuarter[n - 1]!)),
      formatAmount(l.executed),
      formatRatio(l.ratio, decimals),
      formatAmount(l.remaining),
    ]);
    const total = ["합계", "", formatAmount(f.totalBudget), ...q.map((n) => formatAmount(f.byQuarter[n - 1]!)), formatAmount(f.executedToDate), f.display.ratioToBudget, formatAmount(f.totalBudget - f.executedToDate)];
    out.push("", "예산과목별 집행 (금액 단위: 원):", ...table([head, ...rows, total], [false, false, true, ...q.map(() => true), true, true, true]));
  }
  return out;
}

/** What the minutes' section 2 carried and from where (or why it is 해당 없음), as the report's notes say it. */
export function followUpLines(issues: readonly Issue[]): string[] {
  const codes = new Set(["minutes-carried", "minutes-previous-missing", "minutes-previous-unreadable", "minutes-table-other-quarter"]);
  return issues.filter((i) => codes.has(i.code)).map((i) => `회의록 ${renderIssue(i, "ko").message}`);
}
