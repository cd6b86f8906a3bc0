// A bank statement pasted as the ledger (issue 8, rule 4 and the open question of grant deposits):
// spending is 출금 − 입금; a deposit with a budget line is a refund; the grant itself, interest or a
// balance brought forward — a deposit without a budget line, or whose 적요 says so — is no spending,
// left out with one note; a withdrawal without a budget line is still an error.
import { analyze } from "../../src/core/analyze";
import { d, sheet } from "./fixtures";

const grid = (rows: (string | number | null | ReturnType<typeof d>)[][]) => ({
  sheets: [
    sheet("예산", [["구분", "사업명", "예산액"], ["운영", "인건비", 10_000_000], ["사업", "교육", 5_000_000]]),
    sheet("교부", [["교부일자", "교부액"], [d("2024-01-10"), 7_500_000]]),
    sheet("집행내역", [["거래일자", "적요", "사업명", "입금액", "출금액", "잔액"], ...rows]),
  ],
});

test("the grant and interest paid in are not refunds; a refund with a line is; spending is 출금 − 입금", () => {
  const a = analyze(
    grid([
      [d("2024-01-10"), "1차 보조금 교부", null, 7_500_000, null, 7_500_000], // row 2: the grant
      [d("2024-01-25"), "1월 급여", "인건비", null, 2_000_000, 5_500_000], // row 3
      [d("2024-02-01"), "강사료", "교육", null, 500_000, 5_000_000], // row 4
      [d("2024-02-10"), "강사료 과지급분 반환", "교육", 100_000, null, 5_100_000], // row 5: a refund
      [d("2024-03-31"), "예금이자", null, 1_234, null, 5_101_234], // row 6: interest
      [d("2024-03-31"), "결산이자", "교육", 2_000, null, 5_103_234], // row 7: its words say interest, though it has a line
    ]),
    { period: { year: 2024 } },
  );
  expect(a.figures!.executedToDate).toBe(2_000_000 + 500_000 - 100_000);
  expect(a.figures!.grantsToDate).toBe(7_500_000);
  const ledger = a.recognized.find((r) => r.role === "ledger")!;
  expect(ledger.amountMinus).toMatchObject({ letter: "D", header: "입금액" });
  expect(ledger.rows.map((r) => [r.kind, r.cell])).toEqual([
    ["deposit", "D2"],
    ["refund", "D5"],
    ["deposit", "D6"],
    ["deposit", "D7"],
  ]);
  const codes = a.issues.filter((i) => i.sheet === "집행내역").map((i) => [i.code, i.cell, i.severity]);
  expect(codes).toEqual(
    expect.arrayContaining([
      ["amount-bank-net", "D1", "info"],
      ["bank-deposit-skipped", "D2", "info"],
      ["refund-counted", "D5", "info"],
    ]),
  );
  expect(a.issues.find((i) => i.code === "bank-deposit-skipped")!.params).toEqual({ count: 3, sum: 7_500_000 + 1_234 + 2_000 });
  expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
});

test("a withdrawal without a budget line is still an error: money went out under no line", () => {
  const a = analyze(grid([[d("2024-01-25"), "출금", null, null, 2_000_000, 0]]), { period: { year: 2024 } });
  expect(a.issues.find((i) => i.severity === "error")).toMatchObject({ code: "name-missing", sheet: "집행내역", cell: "C2" });
});

test("without any deposit the layout is read as before, and says nothing of 입금", () => {
  const a = analyze(grid([[d("2024-01-25"), "1월 급여", "인건비", null, 2_000_000, 0]]), { period: { year: 2024 } });
  expect(a.figures!.executedToDate).toBe(2_000_000);
  expect(a.issues.some((i) => i.code === "amount-bank-net")).toBe(false);
});
