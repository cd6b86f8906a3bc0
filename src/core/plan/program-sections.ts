// Which program row goes in which section of the minutes. Every program row lands in exactly
// one section, so nothing the accountant entered is silently dropped:
//
//  1. Section 2 (전차 회의록 보고, progress of what was planned): rows with a 비고/진행내용 note,
//     and rows whose status is 미실행 or 취소. Shown grouped by category with "→ note"
//     (the status word when there is no note).
//  2. Section 3 (n+1) (n분기 추진 사업): rows with status 완료 or 진행중, or with no status but a
//     date. The quarter is the date's quarter when the date is in the fiscal year, else the latest
//     planned quarter up to the report quarter, else the report quarter. Rows that fall after the
//     report quarter are not "carried out so far" and go to section 4.
//  3. Section 4 (향후 추진 예정 사업): everything else (예정, 기획중, no status and no date).
//     Its heading names the planned quarters from the report quarter on, e.g. "2, 3분기".
// Within a section rows keep the programs sheet's order.

import type { Program, ProgramStatus, Quarter } from "../model";
import { nameKey, normalizeName } from "../parse/names";

export const CATEGORY_ORDER: readonly string[] = ["전략수립 및 조사", "주체발굴 및 성장지원", "거버넌스 구축", "의제발굴 및 기획사업", "기타"];

export const STATUS_KO: Readonly<Record<ProgramStatus, string>> = {
  done: "완료",
  "in-progress": "진행중",
  planned: "예정",
  "not-started": "미실행",
  planning: "기획중",
  cancelled: "취소",
};

export interface ProgramSections {
  readonly followUp: readonly Program[];
  /** Carried out in quarter n, for n = 1..report quarter. */
  readonly carriedOut: Readonly<Record<Quarter, readonly Program[]>>;
  readonly planned: readonly Program[];
  /** Quarters named in section 4's heading. */
  readonly plannedQuarters: readonly Quarter[];
}

export function assignPrograms(programs: readonly Program[], year: number, quarter: Quarter): ProgramSections {
  const followUp: Program[] = [];
  const carriedOut: Record<Quarter, Program[]> = { 1: [], 2: [], 3: [], 4: [] };
  const planned: Program[] = [];
  for (const p of programs) {
    if (p.note.trim() !== "" || p.status === "not-started" || p.status === "cancelled") {
      followUp.push(p);
      continue;
    }
    const done = p.status === "done" || p.status === "in-progress" || (p.status === undefined && p.date !== undefined);
    if (done) {
      const q = carriedQuarter(p, year, quarter);
      if (q <= quarter) {
        carriedOut[q].push(p);
        continue;
      }
    }
    planned.push(p);
  }
  const ahead = new Set<Quarter>();
  for (const p of planned) for (const q of p.quarters) if (q >= quarter) ahead.add(q);
  const plannedQuarters = ahead.size > 0 ? [...ahead].sort((a, b) => a - b) : [Math.min(quarter + 1, 4) as Quarter];
  return { followUp, carriedOut, planned, plannedQuarters };
}

function carriedQuarter(p: Program, year: number, quarter: Quarter): Quarter {
  if (p.date !== undefined && Number(p.date.slice(0, 4)) === year) {
    return (Math.floor((Number(p.date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
  }
  const upTo = p.quarters.filter((q) => q <= quarter);
  if (upTo.length > 0) return upTo[upTo.length - 1]!;
  if (p.quarters.length > 0) return p.quarters[0]!;
  return quarter;
}

/** Groups rows by category: the five known categories first in their order, then others as they appear. */
export function groupByCategory(programs: readonly Program[]): { category: string; programs: Program[] }[] {
  const groups = new Map<string, { category: string; programs: Program[] }>();
  for (const p of programs) {
    const key = nameKey(p.category);
    let g = groups.get(key);
    if (!g) {
      g = { category: normalizeName(p.category), programs: [] };
      groups.set(key, g);
    }
    g.programs.push(p);
  }
  const rank = (category: string): number => {
    const i = CATEGORY_ORDER.findIndex((c) => nameKey(c) === nameKey(category));
    // Unknown categories sit before 기타 (which is last of the known ones).
    return i < 0 ? CATEGORY_ORDER.length - 1.5 : i === CATEGORY_ORDER.length - 1 ? CATEGORY_ORDER.length : i;
  };
  const list = [...groups.values()];
  return list
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g.category) - rank(b.g.category) || a.i - b.i)
    .map((x) => x.g);
}

/** "→" text of a follow-up row: its note, else its status word. */
export function progressText(p: Program): string {
  const note = p.note.trim();
  if (note !== "") return note;
  return p.status ? STATUS_KO[p.status] : "";
}

/** [1, 2] → "1, 2"; used as "1, 2분기". */
export function quarterList(quarters: readonly Quarter[]): string {
  return quarters.join(", ");
}
