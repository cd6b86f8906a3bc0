// The CLI's table of reading choices (issue 8, point 11): per sheet, the column used for each
// field, the budget columns, the unit and the rows taken as totals, parents, cancelled, refunds or
// data, each with its cell. A choice the user made (the settings sheet, --column, --row) is marked
// with *. `--json` carries the same in `recognized`.

import type { RecognizedSheet, RowKind } from "../core/model";
import { choiceItem } from "../core/plan/settings-sheet";

const KIND: Readonly<Record<RowKind, string>> = {
  total: "합계로 뺀 행",
  subtotal: "소계로 뺀 행",
  parent: "상위 항목(비목)으로 뺀 행",
  cancelled: "취소·반려로 뺀 행",
  refund: "반납·환급으로 뺀 행",
  "sign-unclear": "부호가 불확실해 적힌 대로 센 행",
  "double-entry": "다른 집행내역 시트와 겹칠 수 있는 행",
  deposit: "지출이 아니라 넣지 않은 입금",
  data: "합계 같은 말이 있지만 자료로 센 행",
};
const ORDER: readonly RowKind[] = ["total", "subtotal", "parent", "cancelled", "refund", "sign-unclear", "double-entry", "deposit", "data"];

/** At most this many cells of one kind are listed; the rest are counted. */
const CELLS_SHOWN = 12;

function sheetLines(r: RecognizedSheet): string[] {
  const chosen = new Set(r.chosen);
  const columns = Object.entries(r.columns).map(([field, letter]) => {
    // The words the 읽기 설정 sheet takes, so what is read here can be written there.
    const name = r.role === "meeting" ? field : choiceItem(r.role, field);
    const header = r.headers[field];
    return `${name} ${letter}${header && header !== name ? ` '${header}'` : ""}${chosen.has(field) ? "*" : ""}`;
  });
  const out = [`열: ${columns.join(" · ")}`];
  if (r.budgetColumns) out.push(`예산 열: ${r.budgetColumns.map((c) => `${c.letter} '${c.header}'`).join(" → ")} (사업과목마다 값이 있는 가장 최근 열)`);
  if (r.amountMinus) out.push(`집행액 = 출금 ${r.columns.amount ?? ""} − 입금 ${r.amountMinus.letter} '${r.amountMinus.header}'`);
  if (r.unit) out.push(`단위: ${r.unit.text} (${r.unit.cell}), 금액 × ${r.unit.factor.toLocaleString("en-US")}`);
  for (const kind of ORDER) {
    const rows = r.rows.filter((d) => d.kind === kind);
    if (rows.length === 0) continue;
    const cells = rows.slice(0, CELLS_SHOWN).map((d) => `${d.cell}${d.evidence === "user" ? "*" : d.range ? ` (${d.range}의 합)` : ""}`);
    out.push(`${KIND[kind]}: ${cells.join(", ")}${rows.length > CELLS_SHOWN ? ` … ${rows.length - CELLS_SHOWN}건 더` : ""}`);
  }
  if (r.sum !== undefined && r.role === "ledger") out.push(`이 시트의 합: ${r.sum.toLocaleString("en-US")}원 (${r.rowCount}행)`);
  return out;
}

/** The reading choices of every sheet, for the human output. */
export function choiceLines(recognized: readonly RecognizedSheet[]): string[] {
  const sheets = recognized.filter((r) => r.role !== "programs");
  if (sheets.length === 0) return [];
  const out = ["읽는 방식 (* 사용자 선택; 바꾸려면 --column/--row, 또는 통합 문서의 '읽기 설정' 시트):"];
  for (const r of sheets) {
    const [first, ...rest] = sheetLines(r);
    out.push(`  '${r.sheet}'  ${first}`, ...rest.map((l) => `      ${l}`));
  }
  return out;
}
