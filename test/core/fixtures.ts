// Workbooks built in test code as grids, the way accountants keep them.
import type { CellValue, DateCell, SheetGrid } from "../../src/core/grid";
import { serialFromIso } from "../../src/core/parse/date";

export function d(iso: string): DateCell {
  return { kind: "date", serial: serialFromIso(iso) };
}

export function sheet(name: string, values: CellValue[][], origin = { row: 0, col: 0 }): SheetGrid {
  return { name, origin, values };
}

/**
 * One defect per row, each named in `expectedIssues`. The budget sheet's used range starts at B2
 * (origin row 1, col 1), so every address there is offset.
 */
export function defectWorkbook(): SheetGrid[] {
  const budget = sheet(
    "2024 예산",
    [
      ["2024년 예산 총괄표", null, null, null], // B2 title
      ["(단위: 원)", null, null, null], // B3
      ["구분", "사업 명", "예산액(원)", "산출근거"], // B4 header: spaced name, unit in brackets
      ["교육", "찾아가는 교육", 10_000_000, "강사료"], // row 5
      [null, "컨설팅", "5,000,000원", ""], // row 6: merged category arrives blank
      ["홍보", null, null, null], // row 7: section heading
      [null, "홍보 영상", "₩3,000,000", ""], // row 8
      [null, "뉴스레터", "2,000,000.5", ""], // row 9: fractional-won D9
      [null, "컨설팅", 1_000_000, ""], // row 10: duplicate-budget-line C10 (first C6)
      [null, "행사", { kind: "error", code: "#REF!" }, ""], // row 11: formula-error D11
      [null, "소계", 19_000_000, ""], // row 12: total C12
      ["합계", null, 19_000_000, null], // row 13: total B13
    ],
    { row: 1, col: 1 },
  );
  const grants = sheet("교부내역", [
    ["교부 내역"],
    ["Date", "Amount", "Note"], // English headers
    [d("2024-01-15"), 8_000_000, "1차"], // row 3
    ["2024-02-30", 1_000_000, "잘못된 날짜"], // row 4: date-invalid A4
    ["2024.04.10", "8,000,000", "2차"], // row 5
    ["2024년 7월 10일", 8_000_000, "3차"], // row 6: date-after-as-of A6
    ["Total", 24_000_000, null], // row 7: total A7
  ]);
  // A pasted bank export: 거래일/적요/출금액 with 입금액 and 잔액 columns the core does not read.
  const ledger = sheet("집행내역", [
    ["통장 거래내역 2024", null, null, null, null, null, null],
    ["거래일", "적요", "예산과목", "입금액", "출금액", "잔액", "전표번호"],
    ["2024-01-20", "강사료", "찾아가는 교육", null, "1,000,000", 100, "V-001"], // row 3
    [45337, "컨설팅비", "컨설팅", null, 2_000_000, null, "V-002"], // row 4: bare serial 2024-02-15
    ["2024-03-05", "영상 편집", "홍보영상", null, 500_000, null, "V-003"], // row 5: unknown-budget-line C5
    ["2024-04-01", "추가 컨설팅", "컨설팅", null, 300_000, null, "V-002"], // row 6: duplicate-voucher G6
    ["2024-04-15", "강사료 반납", "찾아가는 교육", null, "(100,000)", null, "V-005"], // row 7: negative-amount E7
    ["2024-04-20", "잘못 입력", "컨설팅", null, "12만원", null, "V-006"], // row 8: not-an-amount E8
    [null, "날짜 없음", "컨설팅", null, 10_000, null, "V-007"], // row 9: date-missing A9
    ["2023-12-30", "작년 지출", "컨설팅", null, 10_000, null, "V-008"], // row 10: date-outside-year A10
    ["2024-07-02", "다음 분기", "컨설팅", null, 50_000, null, "V-009"], // row 11: date-after-as-of A11
    ["어제", "날짜 아님", "컨설팅", null, 10_000, null, "V-010"], // row 12: not-a-date A12
    ["2024-05-01", "과목 없음", null, null, 10_000, null, "V-011"], // row 13: name-missing C13
    ["2024-05-02", "소수", "컨설팅", null, 10.5, null, "V-012"], // row 14: fractional-won E14
    [null, null, null, null, null, null, null], // row 15: blank
    ["2024-05-03", "수식", "컨설팅", null, { kind: "error", code: "#N/A" }, null, "V-013"], // row 16: formula-error E16
    ["소계", null, null, null, 999, null, null], // row 17: total A17
    ["2024-06-10", "행사비", "찾아가는 교육", null, 5_000_000, null, ""], // row 18
    ["2024. 6. 11.", "영상 제작", "홍보 영상".normalize("NFD"), null, "３，５００，０００", null, "V-015"], // row 19: overspends 홍보 영상
  ]);
  const programs = sheet("사업현황", [
    ["구분", "사업명", "계획분기", "실행일자", "상태", "비고"],
    ["교육", "찾아가는 교육", "1~2분기", "2024-02-21", "완료", ""], // row 2
    [null, "컨설팅", "5분기", null, "진행중", ""], // row 3: quarter-invalid C3
    [null, "장터", "3, 4분기", null, "보류?", ""], // row 4: status-unknown E4
    [null, "행사", "Q2", "2024-02-30", "예정", ""], // row 5: date-invalid D5
    [null, null, "Q3", null, "예정", "비고만 있음"], // row 6: name-missing B6
    ["합계", null, null, null, null, null], // row 7: total A7
    ["홍보", "영상 제작", null, "2024-05-03", "진행 중", ""], // row 8
  ]);
  const other = sheet("메모", [["아무거나", 1, 2]]);
  return [budget, grants, ledger, programs, other];
}

/** [code, severity, sheet, cell] of every issue defectWorkbook() must produce with { quarter: 2 }. */
export const expectedIssues: readonly (readonly [string, string, string | undefined, string | undefined])[] = [
  // The workbook has no meeting sheet: the minutes would leave its places blank.
  ["meeting-sheet-missing", "warning", undefined, undefined],
  // No previous quarter's minutes in the workbook: the minutes' section 2 is 해당 없음, and a note says why.
  ["minutes-previous-missing", "info", undefined, undefined],
  ["fractional-won", "error", "2024 예산", "D9"],
  ["duplicate-budget-line", "error", "2024 예산", "C10"],
  ["formula-error", "error", "2024 예산", "D11"],
  ["total-row-skipped", "info", "2024 예산", "C12"],
  ["total-row-skipped", "info", "2024 예산", "B13"],
  ["line-overspent", "warning", "2024 예산", "D8"],
  ["date-invalid", "error", "교부내역", "A4"],
  ["date-after-as-of", "info", "교부내역", "A6"],
  ["total-row-skipped", "info", "교부내역", "A7"],
  ["unknown-budget-line", "error", "집행내역", "C5"],
  ["duplicate-voucher", "warning", "집행내역", "G6"],
  ["negative-amount", "warning", "집행내역", "E7"],
  ["not-an-amount", "error", "집행내역", "E8"],
  ["date-missing", "error", "집행내역", "A9"],
  ["date-outside-year", "error", "집행내역", "A10"],
  ["date-after-as-of", "info", "집행내역", "A11"],
  ["not-a-date", "error", "집행내역", "A12"],
  ["name-missing", "error", "집행내역", "C13"],
  ["fractional-won", "error", "집행내역", "E14"],
  ["formula-error", "error", "집행내역", "E16"],
  ["total-row-skipped", "info", "집행내역", "A17"],
  ["quarter-invalid", "warning", "사업현황", "C3"],
  ["status-unknown", "warning", "사업현황", "E4"],
  ["date-invalid", "error", "사업현황", "D5"],
  ["name-missing", "error", "사업현황", "B6"],
  ["total-row-skipped", "info", "사업현황", "A7"],
];

/** The seed in miniature: 192,500,000 budget, 96,250,000 granted in Q1–Q2, 66,460,585 spent by 5/24. */
export function seedLikeWorkbook(): SheetGrid[] {
  return [
    sheet("예산", [
      ["2024년 예산"],
      ["구분", "사업명", "예산액"],
      ["운영", "인건비", 62_000_000],
      ["운영", "운영비", 17_000_000],
      ["사업", "교육", 50_000_000],
      ["사업", "장터", 63_500_000],
      ["합계", null, 192_500_000],
    ]),
    sheet("교부", [
      ["교부일자", "교부액", "비고"],
      [d("2024-01-19"), 48_125_000, "1차"],
      [d("2024-04-12"), 48_125_000, "2차"],
      [d("2024-07-12"), 48_125_000, "3차"],
    ]),
    sheet("집행내역", [
      ["집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"],
      [d("2024-01-25"), "인건비", "1월 급여", "직원", 20_000_000, "1"],
      [d("2024-02-26"), "운영비", "관리비", "관리사무소", 3_460_585, "2"],
      [d("2024-03-15"), "교육", "강사료", "강사", 17_300_000, "3"],
      [d("2024-04-25"), "장터", "부스", "업체", 25_700_000, "4"],
      [d("2024-05-24"), "교육", "교재", "인쇄소", 1_000_000, "5"],
      [d("2024-05-24"), "교육", "교재 반납", "인쇄소", -1_000_000, "6"],
      [d("2024-05-27"), "장터", "다음 행사", "업체", 9_000_000, "7"],
      [d("2024-06-20"), "교육", "강사료", "강사", 4_000_000, "8"],
      ["합계", null, null, null, 79_460_585, null],
    ]),
  ];
}
