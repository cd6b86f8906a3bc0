// Rule 5: status columns (집행상태, 상태, 처리상태, 승인상태). Rows whose status says the payment did
// not happen are left out with one note (count and sum); an unknown status is counted and warned.
// Rule 6: refunds (반납, 환급, 환수, 여입, 입금) written with a positive amount count negative; where
// the sign cannot be told, the row counts as written and is warned.

import { BASE_GRANTS, BASE_LINES, BASE_PAYMENTS, sum, truthOf, withBaseBudgetAndGrants, type Payment } from "./base";
import { SheetBuilder, dateCell, makeCase } from "./sheet-builder";
import type { CellValue, CorpusCase, ExpectedNote, RowDecision } from "./types";

const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Payments entered and then rejected or cancelled: in the sheet, never in the figures. */
const VOIDED: readonly Payment[] = [
  { date: "2024-03-04", line: "교재비", memo: "교재 인쇄 (중복 입력)", payee: "용산인쇄", amount: 450_000, voucher: "X-001" },
  { date: "2024-04-10", line: "인건비", memo: "4월 급여 (증빙 미비)", payee: "직원 급여계좌", amount: 5_000_000, voucher: "X-002" },
  { date: "2024-05-13", line: "부스임차", memo: "봄마실 장터 부스 임차 (카드 승인취소)", payee: "(주)이벤트세상", amount: 1_320_000, voucher: "X-003" },
];

interface StatusSpec {
  readonly id: string;
  readonly title: string;
  readonly header: string;
  /** The status of the payments that happened. */
  readonly ok: string;
  /** Voucher → status, for the voided rows used and for payments with an unknown status. */
  readonly statuses: Readonly<Record<string, string>>;
  /** Voided rows in this sheet (by voucher). */
  readonly voided: readonly string[];
}

function statusCase(spec: StatusSpec): CorpusCase {
  const voided = VOIDED.filter((x) => spec.voided.includes(x.voucher));
  const rows = [...BASE_PAYMENTS, ...voided].sort(byDate);
  const b = new SheetBuilder("집행내역");
  b.row(["2024년 집행내역 (보조금 시스템 내려받기)", null, null, null, null, null, null]);
  const header = b.row(["집행일자", "사업명", "적요", "거래처", "집행금액", spec.header, "증빙번호"]);
  const decisions: RowDecision[] = [];
  const unknown: { cell: string; value: string }[] = [];
  for (const x of rows) {
    const status = spec.statuses[x.voucher] ?? spec.ok;
    const r = b.row([dateCell(x.date), x.line, x.memo, x.payee, x.amount, status, x.voucher]);
    if (spec.voided.includes(x.voucher)) decisions.push({ kind: "cancelled", cell: `F${r}` });
    else if (status !== spec.ok) unknown.push({ cell: `F${r}`, value: status });
  }
  const notes: ExpectedNote[] = [
    {
      code: "payment-status-excluded",
      severity: "info",
      scope: "column",
      sheet: "집행내역",
      cell: `F${header}`,
      params: { count: voided.length, sum: sum(voided.map((x) => x.amount)) },
    },
  ];
  if (unknown.length > 0)
    notes.push({
      code: "payment-status-unknown",
      severity: "warning",
      scope: "column",
      sheet: "집행내역",
      cell: unknown[0]!.cell,
      params: { values: [...new Set(unknown.map((u) => u.value))].join(", "), count: unknown.length },
    });
  return makeCase({
    id: spec.id,
    rule: 5,
    title: spec.title,
    ...withBaseBudgetAndGrants({
      sheet: b.build(),
      reading: {
        sheet: "집행내역",
        role: "ledger",
        headerRows: [header],
        columns: { date: "A", budgetLine: "B", description: "C", payee: "D", amount: "E", status: "F", voucher: "G" },
        rows: decisions,
      },
    }),
    truth: { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(BASE_PAYMENTS) },
    notes,
  });
}

/** A return written with a positive amount, and how the sheet says it is one. */
interface Refund extends Payment {
  /** Positive, as written in the sheet; the truth counts it negative. */
  readonly written: number;
  readonly kind: string;
}

const refund = (date: string, line: string, memo: string, written: number, kind: string, voucher: string): Refund => ({
  date,
  line,
  memo,
  payee: "",
  amount: -Math.abs(written),
  written,
  kind,
  voucher,
});

/** 집행일자 | 구분 | 사업명 | 적요 | 거래처 | 금액 | 증빙번호, 구분 = 지출 or a refund word. */
function typedLedgerCase(id: string, title: string, extra: readonly Refund[], decide: (x: Refund) => RowDecision["kind"]): CorpusCase {
  const b = new SheetBuilder("집행내역");
  b.row(["2024년 집행내역", null, null, null, null, null, null]);
  const header = b.row(["집행일자", "구분", "사업명", "적요", "거래처", "금액", "증빙번호"]);
  const rows: (Payment | Refund)[] = [...BASE_PAYMENTS, ...extra].sort(byDate);
  const decisions: RowDecision[] = [];
  for (const x of rows) {
    const r = "kind" in x ? x : null;
    const sheetRow = b.row([dateCell(x.date), r ? r.kind : "지출", x.line, x.memo, x.payee, r ? r.written : x.amount, x.voucher]);
    if (r) decisions.push({ kind: decide(r), cell: `F${sheetRow}` });
  }
  return makeCase({
    id,
    rule: 6,
    title,
    ...withBaseBudgetAndGrants({
      sheet: b.build(),
      reading: {
        sheet: "집행내역",
        role: "ledger",
        headerRows: [header],
        columns: { date: "A", kind: "B", budgetLine: "C", description: "D", payee: "E", amount: "F", voucher: "G" },
        rows: decisions,
      },
    }),
    truth: { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(rows) },
  });
}

/** The base layout with refunds told only by the 적요. */
function memoRefundCase(): CorpusCase {
  const extra = [
    refund("2024-03-28", "인건비", "건강보험료 정산 환수", 120_000, "", "R-011"),
    refund("2024-04-30", "강사료", "강사료 과지급분 반납", 300_000, "", "R-012"),
    refund("2024-05-10", "운영비", "관리비 과오납 여입", 50_000, "", "R-013"),
  ];
  const rows: (Payment | Refund)[] = [...BASE_PAYMENTS, ...extra].sort(byDate);
  const b = new SheetBuilder("집행내역");
  b.row(["2024년 집행내역", null, null, null, null, null]);
  const header = b.row(["집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"]);
  const decisions: RowDecision[] = [];
  for (const x of rows) {
    const written = "written" in x ? x.written : x.amount;
    const r = b.row([dateCell(x.date), x.line, x.memo, x.payee, written, x.voucher] as CellValue[]);
    if ("written" in x) decisions.push({ kind: "refund", cell: `E${r}` });
  }
  return makeCase({
    id: "refund-in-memo",
    rule: 6,
    title: "refunds told by the 적요 ('환수', '반납', '여입') with positive amounts",
    ...withBaseBudgetAndGrants({
      sheet: b.build(),
      reading: {
        sheet: "집행내역",
        role: "ledger",
        headerRows: [header],
        columns: { date: "A", budgetLine: "B", description: "C", payee: "D", amount: "E", voucher: "F" },
        rows: decisions,
      },
    }),
    truth: { lines: BASE_LINES, grants: BASE_GRANTS, payments: truthOf(rows) },
  });
}

export function statusCases(): CorpusCase[] {
  return [
    statusCase({
      id: "status-jiphaengsangtae",
      title: "집행상태 정상 / 반려 / 집행취소",
      header: "집행상태",
      ok: "정상",
      statuses: { "X-002": "반려", "X-003": "집행취소" },
      voided: ["X-002", "X-003"],
    }),
    statusCase({ id: "status-sangtae", title: "상태 완료 / 취소", header: "상태", ok: "완료", statuses: { "X-002": "취소", "X-003": "취소" }, voided: ["X-002", "X-003"] }),
    statusCase({
      id: "status-cheorisangtae",
      title: "처리상태 정상 / 삭제 / 취소",
      header: "처리상태",
      ok: "정상",
      statuses: { "X-001": "삭제", "X-002": "삭제", "X-003": "취소" },
      voided: ["X-001", "X-002", "X-003"],
    }),
    statusCase({
      id: "status-seunginsangtae-unknown",
      title: "승인상태 승인 / 반려, and '보류', '확인중' (unknown: counted, warned with the values)",
      header: "승인상태",
      ok: "승인",
      statuses: { "X-002": "반려", "V-010": "보류", "V-012": "보류", "V-014": "확인중" },
      voided: ["X-002"],
    }),
  ];
}

export function refundCases(): CorpusCase[] {
  const typed = [
    refund("2024-03-20", "운영비", "통신요금 과오납", 50_000, "환급", "R-001"),
    refund("2024-04-30", "강사료", "강사료 과지급분", 300_000, "반납", "R-002"),
    refund("2024-05-20", "부스임차", "부스 임차료 일부", 200_000, "입금", "R-003"),
  ];
  // One row says 지출 but its 적요 says it is a return: the sign cannot be told, it counts as
  // written (+150,000). One return is already negative: it stays -300,000, never flipped back.
  const unclear: Refund = { ...refund("2024-05-02", "강사료", "환급금 반납 처리", 150_000, "지출", "R-021"), amount: 150_000 };
  const negative: Refund = { ...refund("2024-04-30", "강사료", "강사료 과지급분", -300_000, "반납", "R-022") };
  return [
    typedLedgerCase("refund-type-column", "구분 column '환급', '반납', '입금' with positive amounts", typed, () => "refund"),
    memoRefundCase(),
    typedLedgerCase("refund-sign-unclear", "구분 '지출' but 적요 '환급금 반납 처리'; and a 반납 already negative", [unclear, negative], (x) =>
      x === unclear ? "sign-unclear" : "refund",
    ),
  ];
}
