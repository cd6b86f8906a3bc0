// Which column is the amount, when several could be (issue 8, rules 2–4). Each amount-like header
// is given a class from its words — and under a merged group header ("집행금액" over "보조금 |
// 자부담 | 계") from both — then one rule per role picks the amount:
// - budget: the annual budget; with revisions (본예산 | 1회 추경 | 2회 추경) every budget column,
//   oldest first, each line taking the latest with a value; a quarter split is not the annual
//   budget (its 계 is); 증감, 집행액 and 집행률 are not budgets at all;
// - ledger: what was paid out: 합계 / 계 / 집행금액 over 금액·공급가액 + 부가세 or 보조금 + 자부담;
//   출금 − 입금 in a bank layout with both columns; 잔액 never.

import { nameKey } from "../parse/names";
import type { DataRole } from "./specs";

export type AmountClass =
  // ledger
  | "paid-total" // 합계, 합계금액, 계, 총액: the whole payment
  | "paid" // 금액, 집행액, 집행금액: the payment, unless a total stands beside its parts
  | "part" // 공급가액, 부가세, 보조금, 자부담, 지방비: a part of the payment
  | "withdrawal" // 출금, 출금액: a bank layout's money out
  | "deposit" // 입금, 입금액: a bank layout's money in
  | "balance" // 잔액: never an amount
  // budget
  | "budget" // 예산액, 본예산, 당초, 기정: the (original) annual budget
  | "revision" // 변경예산, 1회 추경, 경정, 최종예산, 예산액(변경)
  | "annual" // 계 under a budget split by quarter
  | "quarter" // 1분기 … 4분기, 상반기: part of the year
  | "other"; // 증감, 집행액, 집행률, 잔액: not a budget

const set = (...words: string[]) => new Set(words.map(nameKey));

const PAID_TOTAL = set("합계", "합계금액", "합계액", "계", "총액", "총금액", "총계", "집행총액", "총집행액", "지급액", "지급금액", "결제금액", "승인금액", "집행합계");
const PAID = set("금액", "집행액", "지출액", "집행금액", "사용금액", "사용액", "지출금액", "Amount");
const PART = set(
  "공급가액", "공급가", "공급금액", "부가세", "부가가치세", "세액", "VAT", "보조금", "보조금액", "자부담", "자부담금", "자부담액", "자체부담",
  "자체부담금", "지방비", "국비", "시비", "구비", "도비", "국고", "국고보조금", "지방보조금",
);
const WITHDRAWAL = set("출금", "출금액", "출금금액", "찾으신금액");
const DEPOSIT = set("입금", "입금액", "입금금액", "맡기신금액");
const BALANCE = set("잔액", "거래후잔액", "잔고", "거래후잔고");

const BUDGET = set("예산액", "예산", "편성액", "연간예산", "본예산", "본예산액", "당초", "당초예산", "당초예산액", "기정", "기정예산", "기정예산액", "예산금액", "Budget", "Amount");
const REVISION = set(
  "변경", "변경예산", "변경예산액", "변경후", "변경후예산", "추경", "추경예산", "추경예산액", "경정", "경정예산", "경정예산액", "최종", "최종예산",
  "최종예산액", "수정예산", "Revised", "Final",
);
/** "1회 추경", "제2회 추경예산", "2차 변경". */
const NTH_REVISION = /^제?\d+(?:회|차)(?:추경|변경|경정)(?:예산)?(?:액)?$/;
const REVISION_QUALIFIER = set("변경", "추경", "경정", "최종", "수정", "변경후");
const OTHER = set("증감", "증감액", "변경증감", "차액", "집행액", "집행", "집행금액", "지출액", "집행실적", "집행누계", "누적집행액", "집행률", "집행율", "잔액", "비율", "비고");
const QUARTER = /^(?:제?[1-4]분기|[1-4]\/4분기|q[1-4]|[1-4]q|상반기|하반기)(?:예산|예산액)?$/;
const ANNUAL = set("계", "합계", "연간", "연계", "총계", "연간계");
const EXECUTION_GROUP = set("집행액", "집행", "집행금액", "지출액", "집행실적", "집행현황");

const BRACKET = /^(.*?)[(\[（［](.*?)[)\]）］](.*)$/;

/** A header key split into its words outside and inside brackets: "예산액(변경)" → 예산액, 변경. */
function split(header: string): { base: string; qualifier: string } {
  const k = nameKey(header);
  const m = BRACKET.exec(k);
  return m ? { base: `${m[1]}${m[3]}`, qualifier: m[2]! } : { base: k, qualifier: "" };
}

function budgetClass(header: string): AmountClass | null {
  const { base, qualifier } = split(header);
  if (BUDGET.has(base)) return REVISION_QUALIFIER.has(qualifier) ? "revision" : "budget";
  if (REVISION.has(base) || NTH_REVISION.test(base)) return "revision";
  if (QUARTER.test(base)) return "quarter";
  // 계 or 합계 beside 1분기 … 4분기 in a one-row header: the year's budget.
  if (ANNUAL.has(base)) return "annual";
  if (OTHER.has(base)) return "other";
  return null;
}

function ledgerClass(header: string): AmountClass | null {
  const { base } = split(header);
  if (PAID_TOTAL.has(base)) return "paid-total";
  if (PAID.has(base)) return "paid";
  if (PART.has(base)) return "part";
  if (WITHDRAWAL.has(base)) return "withdrawal";
  if (DEPOSIT.has(base)) return "deposit";
  if (BALANCE.has(base)) return "balance";
  return null;
}

/**
 * The class of an amount-like column of a budget or ledger sheet, from its header, and from the
 * group header above it when the header is two rows (`group`: the merged cell over it). Null for a
 * column that is not amount-like (a date, a name, 산출근거).
 */
export function amountClass(role: DataRole, header: string, group: string | null): AmountClass | null {
  if (role === "budget") {
    if (group === null || group === header) return budgetClass(header);
    const g = split(group).base;
    if (EXECUTION_GROUP.has(g)) return "other";
    const groupClass = budgetClass(group);
    if (groupClass === "budget" || groupClass === "revision") {
      const sub = split(header).base;
      if (QUARTER.test(sub)) return "quarter";
      if (ANNUAL.has(sub)) return "annual";
      return budgetClass(header) ?? groupClass;
    }
    return budgetClass(header);
  }
  if (role === "ledger") {
    if (group === null || group === header) return ledgerClass(header);
    const groupClass = ledgerClass(group);
    const sub = split(header).base;
    if ((groupClass === "paid" || groupClass === "paid-total") && ANNUAL.has(sub)) return "paid-total";
    return ledgerClass(header) ?? (groupClass === "paid" ? "part" : null);
  }
  return null;
}

/** A column of the header with its amount class, 0-based column position in the sheet. */
export interface ClassedColumn {
  readonly col: number;
  readonly cls: AmountClass;
}

/** What the amount of a sheet is made of. */
export interface AmountChoice {
  /** The amount column; for a revised budget, the latest revision. */
  readonly amount: number;
  /** A revised budget's columns, oldest first (the last is `amount`); absent with one budget column. */
  readonly budgetColumns?: readonly number[];
  /** A bank layout: the amount is `amount` (출금) minus this column (입금). */
  readonly minus?: number;
  /** True when the amount was chosen among several candidates (noted as amount-column-chosen). */
  readonly chosenAmongOthers: boolean;
}

const first = (cols: readonly ClassedColumn[], ...cls: AmountClass[]) => cols.find((c) => cls.includes(c.cls))?.col;

/** Picks the amount of a budget or ledger sheet from its amount-like columns; null when none will do. */
export function chooseAmount(role: DataRole, cols: readonly ClassedColumn[]): AmountChoice | null {
  if (role === "budget") {
    const annual = first(cols, "annual");
    if (annual !== undefined) return { amount: annual, chosenAmongOthers: cols.some((c) => c.cls === "quarter") };
    // The first plain budget column is the original; revisions keep their sheet order.
    const original = first(cols, "budget");
    const revisions = cols.filter((c) => c.cls === "revision" && (original === undefined || c.col > original)).map((c) => c.col);
    const budgets = [...(original === undefined ? [] : [original]), ...revisions];
    if (budgets.length === 0) return null;
    const amount = budgets[budgets.length - 1]!;
    return { amount, ...(budgets.length > 1 ? { budgetColumns: budgets } : {}), chosenAmongOthers: false };
  }
  const withdrawal = first(cols, "withdrawal");
  const deposit = first(cols, "deposit");
  if (withdrawal !== undefined && deposit !== undefined) return { amount: withdrawal, minus: deposit, chosenAmongOthers: false };
  const candidates = cols.filter((c) => c.cls === "paid-total" || c.cls === "paid" || c.cls === "part" || c.cls === "withdrawal");
  const amount = first(cols, "paid-total") ?? first(cols, "paid") ?? withdrawal ?? first(cols, "part");
  if (amount === undefined) return null;
  return { amount, chosenAmongOthers: candidates.length > 1 };
}
