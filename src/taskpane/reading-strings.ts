// The words of the task pane's reading choices (components/reading-panel.tsx), Korean and English:
// which column is each field, the budget columns, the unit, and the rows taken as totals, parents,
// cancelled or refunds. Kept apart from i18n.ts, which the pane's other sections use.

import type { Locale } from "../core/locale";
import type { RowKind, SheetRole } from "../core/model";
import { choiceItem } from "../core/plan/settings-sheet";

export interface ReadingStrings {
  readonly heading: string;
  readonly intro: (settingsSheet: string) => string;
  readonly saved: (sheet: string) => string;
  readonly downloadCopy: string;
  readonly sheetTitle: (sheet: string, role: string) => string;
  readonly role: Readonly<Record<SheetRole, string>>;
  readonly field: (role: SheetRole, field: string) => string;
  readonly columnLabel: (field: string) => string;
  readonly auto: string;
  readonly none: string;
  readonly chosenByYou: string;
  readonly budgetColumns: (list: string) => string;
  readonly bankNet: (deposit: string) => string;
  readonly unit: (unit: string) => string;
  readonly kind: Readonly<Record<RowKind, string>>;
  readonly sumOf: (range: string) => string;
  readonly byYou: string;
  readonly backToAuto: string;
  readonly rowNumber: string;
  readonly markTotal: string;
  readonly markData: string;
  readonly more: (n: number) => string;
  readonly goTo: (cell: string) => string;
}

const ko: ReadingStrings = {
  heading: "읽기 방식",
  intro: (s) => `추가 기능이 이 통합 문서를 어떻게 읽었는지입니다. 바꾸면 '${s}' 시트에 적혀, 리본 단추와 다른 컴퓨터에서도 같게 읽습니다.`,
  saved: (s) => `'${s}' 시트에 저장했습니다.`,
  downloadCopy: "바뀐 통합 문서 내려받기",
  sheetTitle: (sheet, role) => `'${sheet}' (${role})`,
  role: { budget: "예산", grants: "교부", ledger: "집행내역", programs: "사업", meeting: "회의" },
  // The words the 읽기 설정 sheet takes, so what the pane shows can be written there by hand.
  field: (role, f) => (role === "meeting" ? f : choiceItem(role, f)),
  columnLabel: (f) => `${choiceItem("ledger", f)} 열`,
  auto: "자동",
  none: "사용 안 함",
  chosenByYou: "직접 고름",
  budgetColumns: (list) => `예산 열: ${list} (예산과목마다 값이 있는 가장 최근 열)`,
  bankNet: (d) => `집행액 = 출금 − 입금(${d})`,
  unit: (u) => `단위: ${u}`,
  kind: {
    total: "합계로 뺀 행",
    subtotal: "소계로 뺀 행",
    parent: "상위 항목(비목)으로 뺀 행",
    cancelled: "취소·반려로 뺀 행",
    refund: "반납·환급으로 뺀 행",
    "sign-unclear": "부호가 불확실한 행",
    "double-entry": "다른 시트와 겹칠 수 있는 행",
    deposit: "지출이 아닌 입금",
    data: "합계 같지만 자료로 센 행",
  },
  sumOf: (r) => `${r}의 합`,
  byYou: "직접 정함",
  backToAuto: "자동으로",
  rowNumber: "행 번호",
  markTotal: "합계로 빼기",
  markData: "자료로 세기",
  more: (n) => `… ${n}건 더`,
  goTo: (c) => `${c} 셀로 가기`,
};

const EN_FIELDS: Readonly<Record<string, string>> = {
  category: "Category",
  budgetLine: "Budget line",
  amount: "Amount",
  date: "Date",
  description: "Description",
  payee: "Payee",
  voucher: "Voucher",
  status: "Status",
  kind: "Type",
  note: "Note",
  name: "Program",
  quarter: "Quarter",
  amountMinus: "Deposits",
};

const en: ReadingStrings = {
  heading: "How the workbook was read",
  intro: (s) => `How the add-in read this workbook. A change is written to the sheet '${s}', so the ribbon and other computers read it the same way.`,
  saved: (s) => `Saved on the sheet '${s}'.`,
  downloadCopy: "Download the changed workbook",
  sheetTitle: (sheet, role) => `'${sheet}' (${role})`,
  role: { budget: "budget", grants: "grants", ledger: "ledger", programs: "programs", meeting: "meeting" },
  field: (role, f) => (f === "amount" && role === "budget" ? "Budget" : f === "amount" && role === "grants" ? "Grant" : (EN_FIELDS[f] ?? f)),
  columnLabel: (f) => `${EN_FIELDS[f] ?? f} column`,
  auto: "Automatic",
  none: "Not used",
  chosenByYou: "chosen by you",
  budgetColumns: (list) => `Budget columns: ${list} (each line uses its latest with a value)`,
  bankNet: (d) => `Spending = withdrawals − deposits (${d})`,
  unit: (u) => `Unit: ${u}`,
  kind: {
    total: "Totals left out",
    subtotal: "Subtotals left out",
    parent: "Parent (비목) rows left out",
    cancelled: "Cancelled or rejected",
    refund: "Refunds counted negative",
    "sign-unclear": "Sign unclear",
    "double-entry": "Possibly in two sheets",
    deposit: "Deposits that are no spending",
    data: "Look like totals, counted as data",
  },
  sumOf: (r) => `sum of ${r}`,
  byYou: "set by you",
  backToAuto: "Automatic",
  rowNumber: "Row",
  markTotal: "Leave out as total",
  markData: "Count as data",
  more: (n) => `… ${n} more`,
  goTo: (c) => `Go to ${c}`,
};

export const readingStrings: Readonly<Record<Locale, ReadingStrings>> = { ko, en };
