// Expected figures from a case's truth, computed here and never by the core: the definitions of
// DEVELOPERS.md and the README, written out again in the plainest way. Dates are ISO strings, so
// "in the year and on or before the as-of date" is a string comparison.

import type { ExpectedCategory, ExpectedFigures, ExpectedLine, Fraction, IsoDate, Quarters, Truth } from "./types";

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** n ÷ d reduced, sign on the numerator; null for a zero divisor. */
export function fraction(n: number, d: number): Fraction | null {
  if (d === 0) return null;
  const g = gcd(n, d) || 1;
  const s = d < 0 ? -1 : 1;
  return { num: (s * n) / g, den: (s * d) / g };
}

/**
 * n ÷ d as a whole percent rounded half-up (away from zero), exactly: 34.5% → "35%",
 * 69.0499…% → "69%". BigInt, so no binary fraction can tip a .5.
 */
export function percentHalfUp(n: number, d: number): string {
  if (d === 0) return "-";
  const neg = n < 0 !== d < 0 && n !== 0;
  const N = BigInt(Math.abs(n));
  const D = BigInt(Math.abs(d));
  const p = (200n * N + D) / (2n * D);
  return `${neg && p !== 0n ? "-" : ""}${p}%`;
}

export function quarterOf(iso: IsoDate): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

export function figuresFromTruth(truth: Truth, asOf: IsoDate): ExpectedFigures {
  const year = Number(asOf.slice(0, 4));
  const counts = (d: IsoDate): boolean => d >= `${year}-01-01` && d <= asOf;

  // Lines merged by name, in first-seen order (a name twice is one line; the corpus avoids it).
  const lineIndex = new Map<string, number>();
  const lines: { category: string; name: string; budget: number; q: number[] }[] = [];
  for (const l of truth.lines) {
    const i = lineIndex.get(l.name);
    if (i === undefined) {
      lineIndex.set(l.name, lines.length);
      lines.push({ category: l.category, name: l.name, budget: l.budget, q: [0, 0, 0, 0] });
    } else lines[i]!.budget += l.budget;
  }

  const byQuarter = [0, 0, 0, 0];
  let executed = 0;
  for (const p of truth.payments) {
    if (!counts(p.date)) continue;
    const q = quarterOf(p.date) - 1;
    executed += p.amount;
    byQuarter[q]! += p.amount;
    const i = lineIndex.get(p.line);
    if (i !== undefined) lines[i]!.q[q]! += p.amount;
  }
  let grants = 0;
  for (const g of truth.grants) if (counts(g.date)) grants += g.amount;
  const totalBudget = lines.reduce((s, l) => s + l.budget, 0);

  const outLines: ExpectedLine[] = lines.map((l) => ({
    category: l.category,
    name: l.name,
    budget: l.budget,
    executed: l.q.reduce((s, x) => s + x, 0),
    byQuarter: l.q as unknown as Quarters,
  }));
  const cats = new Map<string, { budget: number; executed: number }>();
  for (const l of outLines) {
    const c = cats.get(l.category) ?? { budget: 0, executed: 0 };
    c.budget += l.budget;
    c.executed += l.executed;
    cats.set(l.category, c);
  }
  const categories: ExpectedCategory[] = [...cats].map(([category, c]) => ({ category, ...c }));
  const hasOriginal = truth.lines.some((l) => l.original !== undefined);

  return {
    year,
    quarter: quarterOf(asOf),
    asOf,
    totalBudget,
    ...(hasOriginal ? { originalBudget: truth.lines.reduce((s, l) => s + (l.original ?? l.budget), 0) } : {}),
    grantsToDate: grants,
    executedToDate: executed,
    ratioToBudget: fraction(executed, totalBudget),
    ratioToGrants: fraction(executed, grants),
    display: { ratioToBudget: percentHalfUp(executed, totalBudget), ratioToGrants: percentHalfUp(executed, grants) },
    byQuarter: byQuarter as unknown as Quarters,
    lines: outLines,
    categories,
  };
}
