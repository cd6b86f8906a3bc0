// Rule 7: exports pasted from the subsidy systems, and budgets kept by 비목 and 세목 (세목 is the
// line, 비목 the category). Column names follow the list and the local system's user guide
// (집행목적(용도), 증빙유형, 보조세목, 지방비 | 자부담): the national system's export (e-나라도움 style)
// and the local one (보탬e style), each beside a two-level budget; and a two-level budget whose
// 비목 rows carry the sum of their 세목.

import { BASE_GRANTS, TWO_LEVEL_LINES, TWO_LEVEL_PAYMENTS, compose, grantsSheet, ledgerSheet, sum, truthOf, type Built, type Payment } from "./base";
import { subsidyPart } from "./rule3-headers";
import { vatSplit } from "./rule4-amounts";
import { SheetBuilder, makeCase } from "./sheet-builder";
import type { CorpusCase, RowDecision, TruthLine } from "./types";

const truth = { lines: TWO_LEVEL_LINES, grants: BASE_GRANTS, payments: truthOf(TWO_LEVEL_PAYMENTS) };

function groups(lines: readonly TruthLine[]): [string, TruthLine[]][] {
  const m = new Map<string, TruthLine[]>();
  for (const l of lines) m.set(l.category, [...(m.get(l.category) ?? []), l]);
  return [...m];
}

/**
 * 비목 | 세목 | 예산액. `style`: "every-row" repeats the 비목 on each row (as exported);
 * "merged" writes it once, merged down over its 세목; "parents" gives each 비목 a row of its own
 * carrying the sum of its 세목 (세목 blank), as a printed budget does.
 */
function twoLevelBudget(style: "every-row" | "merged" | "parents", headers: readonly [string, string]): Built {
  const b = new SheetBuilder("예산");
  b.row(["2024년 보조사업 예산 (비목·세목별)", null, null, null]);
  const header = b.row([...headers, "예산액", "산출근거"]);
  const rows: RowDecision[] = [];
  const first = b.nextRow;
  for (const [category, lines] of groups(TWO_LEVEL_LINES)) {
    if (style === "parents") rows.push({ kind: "parent", cell: `C${b.row([category, null, sum(lines.map((l) => l.budget)), null])}` });
    const top = b.nextRow;
    lines.forEach((l, i) => b.row([style === "every-row" || (style === "merged" && i === 0) ? category : null, l.name, l.budget, null]));
    if (style === "merged" && lines.length > 1) b.merge(`A${top}:A${b.nextRow - 1}`);
  }
  const grand = sum(TWO_LEVEL_LINES.map((l) => l.budget));
  // With parent rows a SUM over the whole column would count everything twice; centers sum the 세목.
  const total = b.row(["합계", null, grand, null], style === "parents" ? undefined : { 2: b.sum(2, first, b.nextRow - 1) });
  rows.push({ kind: "total", cell: `C${total}` });
  return {
    sheet: b.build(),
    reading: { sheet: "예산", role: "budget", headerRows: [header], columns: { category: "A", budgetLine: "B", amount: "C" }, rows },
  };
}

const EVIDENCE = (x: Payment): string => (vatSplit(x).vat > 0 ? "전자세금계산서" : x.line === "급여" || x.line === "4대보험" ? "기타" : "카드");

/** National export: 순번 | 집행일자 | 보조세목 | 집행목적(용도) | 거래처명 | 증빙구분 | 집행방법 | 공급가액 | 부가세 | 집행금액 | 집행상태. */
function nationalExport(): Built {
  const b = new SheetBuilder("집행내역");
  b.row(["집행내역 조회", null, null, null, null, null, null, null, null, null, null]);
  b.row(["조회기간: 2024-01-01 ~ 2024-06-30", null, null, null, null, null, null, null, null, null, null]);
  const header = b.row(["순번", "집행일자", "보조세목", "집행목적(용도)", "거래처명", "증빙구분", "집행방법", "공급가액", "부가세", "집행금액", "집행상태"]);
  TWO_LEVEL_PAYMENTS.forEach((x, i) => {
    const v = vatSplit(x);
    const method = EVIDENCE(x) === "카드" ? "보조금전용카드" : "계좌이체";
    b.row([i + 1, x.date, x.line, x.memo, x.payee, EVIDENCE(x), method, v.supply, v.vat, x.amount, "정상"]);
  });
  return {
    sheet: b.build(),
    reading: {
      sheet: "집행내역",
      role: "ledger",
      headerRows: [header],
      columns: { date: "B", budgetLine: "C", description: "D", payee: "E", amount: "J", status: "K" },
      rows: [],
    },
  };
}

const DETAIL: Readonly<Record<string, string>> = {
  급여: "기본급",
  "4대보험": "사회보험 기관부담금",
  관리비: "건물관리비",
  사무용품비: "소모품",
  강사료: "강사수당",
  교재비: "인쇄비",
  임차료: "행사장 임차",
  홍보물: "현수막",
};

/** Local export: 집행일자 | 세목명 | 세세목 | 집행용도 | 거래처명 | 증빙유형 | 지방비 | 자부담 | 집행금액 | 집행상태, one 반려 row. */
function localExport(): Built {
  const rejected: Payment = { date: "2024-04-18", line: "강사료", memo: "재무회계 교육 강사수당 (증빙 보완 요청)", payee: "강사 개인", amount: 1_200_000, voucher: "X-1" };
  const rows = [...TWO_LEVEL_PAYMENTS, rejected].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const b = new SheetBuilder("집행내역");
  b.row(["지방보조사업 집행내역", null, null, null, null, null, null, null, null, null]);
  const header = b.row(["집행일자", "세목명", "세세목", "집행용도", "거래처명", "증빙유형", "지방비", "자부담", "집행금액", "집행상태"]);
  const decisions: RowDecision[] = [];
  for (const x of rows) {
    const local = subsidyPart(x.amount);
    const status = x === rejected ? "반려" : "지급완료";
    const r = b.row([x.date.replace(/-/g, "."), x.line, DETAIL[x.line]!, x.memo, x.payee, EVIDENCE(x), local, x.amount - local, x.amount, status]);
    if (x === rejected) decisions.push({ kind: "cancelled", cell: `J${r}` });
  }
  return {
    sheet: b.build(),
    reading: {
      sheet: "집행내역",
      role: "ledger",
      headerRows: [header],
      columns: { date: "A", budgetLine: "B", description: "D", payee: "E", amount: "I", status: "J" },
      rows: decisions,
    },
  };
}

function exportCase(id: string, title: string, budget: Built, ledger: Built, notes: CorpusCase["notes"] = []): CorpusCase {
  return makeCase({ id, rule: 7, title, ...compose([budget, grantsSheet(), ledger], [budget, ledger]), truth, notes });
}

export function exportCases(): CorpusCase[] {
  return [
    exportCase(
      "export-national-subsidy-system",
      "national system export (보조세목, 집행목적(용도), 증빙구분, 집행방법, 공급가액 | 부가세 | 집행금액, 집행상태) beside a 비목 | 세목 budget",
      twoLevelBudget("every-row", ["비목", "세목"]),
      nationalExport(),
      [{ code: "amount-column-chosen", severity: "info", scope: "column", sheet: "집행내역", cell: "J3", params: { column: "집행금액" } }],
    ),
    exportCase(
      "export-local-subsidy-system",
      "local system export (세목명, 세세목, 집행용도, 증빙유형, 지방비 | 자부담 | 집행금액, a 반려 row) beside a 비목명 | 세목명 budget with merged 비목명",
      twoLevelBudget("merged", ["비목명", "세목명"]),
      localExport(),
      [
        { code: "amount-column-chosen", severity: "info", scope: "column", sheet: "집행내역", cell: "I2", params: { column: "집행금액" } },
        { code: "payment-status-excluded", severity: "info", scope: "column", sheet: "집행내역", cell: "J2", params: { count: 1, sum: 1_200_000 } },
      ],
    ),
    exportCase(
      "budget-two-level-parent-rows",
      "비목 | 세목 | 예산액 where each 비목 has its own row carrying the sum of its 세목",
      twoLevelBudget("parents", ["비목", "세목"]),
      ledgerSheet(TWO_LEVEL_PAYMENTS),
    ),
  ];
}
