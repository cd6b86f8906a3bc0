// Which section of the minutes a program row goes in. A program's place follows from its date, its
// status and its planned quarters only; its remark (비고) never moves it, and is shown beside it
// wherever it stands ("2024 용산구 사회적경제 ESG 페스터 / 용산구 청년 축제 시 공동 운영"):
//
//  - carried out (status 완료 or 진행중, or no status but a date) in quarter n, where n is at most
//    the report quarter and the date is on or before the as-of date → section 3, "n분기 추진 사업".
//    n is the date's quarter; without a date, the latest planned quarter up to the report quarter
//    (else the report quarter when no quarter is planned).
//  - everything else → section 4, "향후 추진 예정 사업": 예정, 기획중, 미실행, 취소, no status and no
//    date, and what was carried out after the as-of date or after the report quarter, so a
//    1분기 report never shows as done what happened in April.
// Section 2 (last meeting's follow-up) is not made of program rows: see meeting/follow-up.ts.
// Within a section rows keep the programs sheet's order.

import { formatKoreanMonthDay } from "../display";
import type { Period } from "../figures";
import { programCategories } from "../meeting/layout";
import type { Program, ProgramStatus, Quarter } from "../model";
import { quarterOfDate, yearOfIso } from "../parse/date";
import { nameKey, normalizeName } from "../parse/names";

export const STATUS_KO: Readonly<Record<ProgramStatus, string>> = {
  done: "완료",
  "in-progress": "진행중",
  planned: "예정",
  "not-started": "미실행",
  planning: "기획중",
  cancelled: "취소",
};

/** Where one program stands for a report period. */
export type Placement =
  /** Carried out in this quarter, up to the report quarter and the as-of date: section 3. */
  | { readonly kind: "carried"; readonly quarter: Quarter }
  /** Carried out, but after the as-of date or the report quarter: not done yet as of this report. */
  | { readonly kind: "later"; readonly quarter: Quarter }
  /** Not carried out (예정, 기획중, 미실행, 취소, or nothing said). */
  | { readonly kind: "planned" };

export interface ProgramSections {
  /** Carried out in quarter n, for n = 1..report quarter. */
  readonly carriedOut: Readonly<Record<Quarter, readonly Program[]>>;
  /** Section 4: planned, or carried out only after the as-of date or the report quarter. */
  readonly planned: readonly Program[];
  /** Quarters named in section 4's heading. */
  readonly plannedQuarters: readonly Quarter[];
}

function isCarriedOut(p: Program): boolean {
  return p.status === "done" || p.status === "in-progress" || (p.status === undefined && p.date !== undefined);
}

export function placeProgram(p: Program, period: Period): Placement {
  if (!isCarriedOut(p)) return { kind: "planned" };
  const q = carriedQuarter(p, period);
  if (q > period.quarter) return { kind: "later", quarter: q };
  // A date in the fiscal year bounds it by the as-of date; a date in another year is an error the
  // checks report (the report is then refused), and the planned quarter stands in for it.
  if (p.date !== undefined && yearOfIso(p.date) === period.year && p.date > period.asOf) return { kind: "later", quarter: q };
  return { kind: "carried", quarter: q };
}

function carriedQuarter(p: Program, period: Period): Quarter {
  if (p.date !== undefined && yearOfIso(p.date) === period.year) return quarterOfDate(p.date);
  const upTo = p.quarters.filter((q) => q <= period.quarter);
  if (upTo.length > 0) return upTo[upTo.length - 1]!;
  if (p.quarters.length > 0) return p.quarters[0]!;
  return period.quarter;
}

export function assignPrograms(programs: readonly Program[], period: Period): ProgramSections {
  const carriedOut: Record<Quarter, Program[]> = { 1: [], 2: [], 3: [], 4: [] };
  const planned: Program[] = [];
  const ahead = new Set<Quarter>();
  for (const p of programs) {
    const place = placeProgram(p, period);
    if (place.kind === "carried") {
      carriedOut[place.quarter].push(p);
      continue;
    }
    planned.push(p);
    if (place.kind === "later") ahead.add(place.quarter);
    for (const q of p.quarters) if (q >= period.quarter) ahead.add(q);
  }
  const plannedQuarters = ahead.size > 0 ? [...ahead].sort((a, b) => a - b) : [Math.min(period.quarter + 1, 4) as Quarter];
  return { carriedOut, planned, plannedQuarters };
}

/**
 * A program as its line in sections 3 and 4: the name, and its remark beside it as the seed writes
 * it ("이름 / 비고"). A cancelled program says so, since section 4 lists it among the plans.
 */
export function programLine(p: Program): string {
  const note = p.note.trim();
  const cancelled = p.status === "cancelled" && !note.includes(STATUS_KO.cancelled);
  const beside = [cancelled ? STATUS_KO.cancelled : "", note].filter((s) => s !== "").join(", ");
  return beside === "" ? p.name : `${p.name} / ${beside}`;
}

/**
 * What a program's row says of its progress now, for section 2 ("→ …"): its remark, else its
 * status word, else when it was carried out; "미실행" when it says nothing. What happened after
 * the as-of date or the report quarter is not progress yet: it is shown as planned for then.
 */
export function progressOf(p: Program, period: Period): string {
  const place = placeProgram(p, period);
  if (place.kind === "later") return p.date !== undefined && yearOfIso(p.date) === period.year ? `${formatKoreanMonthDay(p.date)} 예정` : `${place.quarter}분기 예정`;
  const note = p.note.trim();
  if (note !== "") return note;
  if (p.status !== undefined) return STATUS_KO[p.status];
  if (p.date !== undefined) return `${formatKoreanMonthDay(p.date)} 실시`;
  return STATUS_KO["not-started"];
}

/** Groups items by category: the five known categories first in their order, then others as they appear. */
export function groupByCategory<T extends { readonly category: string }>(items: readonly T[]): { category: string; items: T[] }[] {
  const groups = new Map<string, { category: string; items: T[] }>();
  for (const p of items) {
    const key = nameKey(p.category);
    let g = groups.get(key);
    if (!g) {
      g = { category: normalizeName(p.category), items: [] };
      groups.set(key, g);
    }
    g.items.push(p);
  }
  const rank = (category: string): number => {
    const i = programCategories.findIndex((c) => nameKey(c) === nameKey(category));
    // Unknown categories sit before 기타 (which is last of the known ones).
    return i < 0 ? programCategories.length - 1.5 : i === programCategories.length - 1 ? programCategories.length : i;
  };
  const list = [...groups.values()];
  return list
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g.category) - rank(b.g.category) || a.i - b.i)
    .map((x) => x.g);
}

/** [1, 2] → "1, 2"; used as "1, 2분기". */
export function quarterList(quarters: readonly Quarter[]): string {
  return quarters.join(", ");
}
