// The small deciders reading by evidence rests on, as tables: a formula over its own column, the
// words of statuses, types and 적요, total words and their kind, the amount among several columns,
// and the running sums that find a total's run without a quadratic search.
import fc from "fast-check";
import { mayBeTotalFormula, ownColumnSum } from "../../../src/core/parse/formula";
import { isTotalLabel, totalLabelKind } from "../../../src/core/parse/names";
import { depositIsNotSpending, memoSaysRefund, paymentStatusOf, rowTypeOf } from "../../../src/core/parse/payment";
import { tryParseAmount } from "../../../src/core/parse/amount";
import { tryParseDateCell } from "../../../src/core/parse/date";
import { amountClass, chooseAmount } from "../../../src/core/read/amount-columns";
import { RunningSums, type DataRow } from "../../../src/core/read/runs";

describe("ownColumnSum: a formula summing its own column's cells marks a total", () => {
  test.each([
    ["=SUM(C4:C9)", 2, 9, { from: 3, to: 8 }],
    ["=sum($C$4:$C$9)", 2, 9, { from: 3, to: 8 }],
    ["=SUBTOTAL(9,E3:E17)", 4, 17, { from: 2, to: 16 }],
    ["=SUBTOTAL(109, E3:E17)", 4, 17, { from: 2, to: 16 }],
    ["=C4+C5+C6", 2, 6, { from: 3, to: 5 }],
    ["=SUM(C4:C8,C10:C12)", 2, 12, { from: 3, to: 11 }],
    ["=SUM(C12:C20)", 2, 10, { from: 11, to: 19 }], // the rows below: a parent's
  ])("%s in column %i, row %i", (f, col, row, rows) => expect(ownColumnSum(f, col, row)).toEqual(rows));

  test.each([
    ["=E3+F3", 6, 2], // across the row
    ["=SUM(C5:F5)", 6, 4],
    ["=SUBTOTAL(1,E3:E17)", 4, 17], // an average
    ["=SUM(C4:C12)", 2, 9], // its own cell inside
    ["=SUM(D4:D9)", 2, 9], // another column
    ["=AVERAGE(C4:C9)", 2, 9],
    ["=SUM(예산!C4:C9)", 2, 9],
  ])("not %s", (f, col, row) => expect(ownColumnSum(f, col, row)).toBeNull());

  test("hosts pass only formulas that may mark a total", () => {
    expect(["=SUM(C4:C9)", "SUBTOTAL(9,E3:E17)", "=C4+C5", "=$C$4+$C$5+$C$6"].map(mayBeTotalFormula)).toEqual([true, true, true, true]);
    expect(["=E3+F3", "=C4*2", "=VLOOKUP(A1,B:C,2)", `=SUM(${"C1,".repeat(200)}C2)`].map(mayBeTotalFormula)).toEqual([false, false, false, false]);
  });
});

describe("payment words", () => {
  test.each([
    ["정상", "paid"], ["지급완료", "paid"], ["승인", "paid"], ["", "paid"], ["  ", "paid"],
    ["반려", "void"], ["집행취소", "void"], ["취소", "void"], ["삭제", "void"], ["승인취소", "void"], ["집행취소(중복)", "void"],
    ["보류", "unknown"], ["확인중", "unknown"],
  ])("status %j is %s", (text, status) => expect(paymentStatusOf(text)).toBe(status));

  test.each([
    ["반납", "refund"], ["환급", "refund"], ["입금", "refund"], ["환수", "refund"], ["여입", "refund"],
    ["지출", "spending"], ["출금", "spending"], ["운영", "other"], ["", "other"],
  ])("type %j is %s", (text, type) => expect(rowTypeOf(text)).toBe(type));

  test("a 적요 says refund by 반납, 환급, 환수, 여입, 반환, 환불, but not by 입금 (a payment into someone's account)", () => {
    expect(["강사료 과지급분 반납", "건강보험료 정산 환수", "관리비 과오납 여입", "보증금 반환"].map(memoSaysRefund)).toEqual([true, true, true, true]);
    expect(["강사료 입금", "3월 급여", ""].map(memoSaysRefund)).toEqual([false, false, false]);
  });

  test("a deposit that is no spending", () => {
    expect(["보조금 교부", "1차 교부금 입금", "예금이자", "전기이월"].map(depositIsNotSpending)).toEqual([true, true, true, true]);
    expect(depositIsNotSpending("강사료 과지급분 반환")).toBe(false);
  });
});

describe("total words and their kind", () => {
  test.each([
    ["합계", "total"], ["총계", "total"], ["총 예산", "total"], ["예산 총액", "total"], ["Grand total", "total"], ["계", "total"],
    ["소계", "subtotal"], ["1월 소계", "subtotal"], ["월계", "subtotal"], ["누계", "subtotal"], ["상반기 계", "subtotal"], ["교육 합계", "subtotal"],
  ])("%s is a %s", (text, kind) => {
    expect(isTotalLabel(text)).toBe(true);
    expect(totalLabelKind(text)).toBe(kind);
  });
  test.each(["총회 교육 강사료", "합계표 작성 교육", "계획", "총무"])("%s is no total word", (text) => expect(isTotalLabel(text)).toBe(false));
});

describe("the amount among several columns", () => {
  const cls = (role: "budget" | "ledger", headers: string[], group: string | null = null) => headers.map((h) => amountClass(role, h, group));
  test("budget classes", () => {
    expect(cls("budget", ["예산액", "변경예산액", "1회 추경", "제2회 추경예산", "예산액(변경)", "예산액(당초)", "증감", "집행률", "산출근거"])).toEqual([
      "budget", "revision", "revision", "revision", "revision", "budget", "other", "other", null,
    ]);
    expect(cls("budget", ["1분기", "계"], "예산액")).toEqual(["quarter", "annual"]);
    expect(cls("budget", ["1분기", "4분기"], "집행액")).toEqual(["other", "other"]);
  });
  test("ledger classes", () => {
    expect(cls("ledger", ["합계", "금액", "부가세", "공급가액", "자부담", "출금", "입금액", "거래후잔액"])).toEqual([
      "paid-total", "paid", "part", "part", "part", "withdrawal", "deposit", "balance",
    ]);
    expect(cls("ledger", ["보조금", "계"], "집행금액")).toEqual(["part", "paid-total"]);
  });
  test("the choice", () => {
    expect(chooseAmount("ledger", [{ col: 4, cls: "paid" }, { col: 5, cls: "part" }, { col: 6, cls: "paid-total" }])).toEqual({ amount: 6, chosenAmongOthers: true });
    expect(chooseAmount("ledger", [{ col: 3, cls: "deposit" }, { col: 4, cls: "withdrawal" }, { col: 5, cls: "balance" }])).toEqual({ amount: 4, minus: 3, chosenAmongOthers: false });
    expect(chooseAmount("budget", [{ col: 2, cls: "budget" }, { col: 3, cls: "revision" }, { col: 4, cls: "other" }, { col: 5, cls: "revision" }])).toEqual({
      amount: 5,
      budgetColumns: [2, 3, 5],
      chosenAmongOthers: false,
    });
    expect(chooseAmount("budget", [{ col: 2, cls: "quarter" }, { col: 6, cls: "annual" }])).toEqual({ amount: 6, chosenAmongOthers: true });
    expect(chooseAmount("budget", [{ col: 2, cls: "quarter" }])).toBeNull();
  });
});

test("amounts in units and dates in the 1904 system", () => {
  expect(tryParseAmount(7.5, 1_000_000)).toEqual({ ok: true, value: 7_500_000 });
  expect(tryParseAmount("60,000", 1000)).toEqual({ ok: true, value: 60_000_000 });
  expect(tryParseAmount(0.0005, 1000)).toEqual({ ok: false, error: "fractional-won" });
  expect(tryParseDateCell(45436 - 1462, true)).toEqual({ ok: true, value: "2024-05-24" });
  expect(tryParseDateCell({ kind: "date", serial: 45436 }, true)).toEqual({ ok: true, value: "2024-05-24" });
  expect(tryParseDateCell(20240524, true)).toEqual({ ok: true, value: "2024-05-24" });
});

describe("RunningSums", () => {
  test("finds every row above, the run since the last total, or the shortest run", () => {
    const rows: DataRow[] = [];
    const s = new RunningSums(rows);
    const add = (amount: number, row: number) => {
      rows.push({ amount, ref: { row } });
      s.add(amount);
    };
    [10, 20, 30].forEach((a, i) => add(a, i + 3));
    expect(s.runEndingHere(60, 2)).toEqual({ from: 0, to: 3 });
    expect(s.runEndingHere(50, 2)).toEqual({ from: 1, to: 3 });
    expect(s.runEndingHere(30, 2)).toBeNull();
    expect(s.runEndingHere(30, 1)).toEqual({ from: 2, to: 3 });
    s.closeRun();
    [5, 5].forEach((a, i) => add(a, i + 7));
    expect(s.runEndingHere(10, 1)).toEqual({ from: 3, to: 5 });
    expect(s.runWithin(4, 7)).toEqual({ from: 1, to: 4 });
    expect(s.sheetRows({ from: 1, to: 4 })).toEqual({ first: 4, last: 7 });
  });

  test("agrees with a brute-force search on any amounts (refunds included)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 100 }), { maxLength: 30 }), fc.integer({ min: -200, max: 400 }), (amounts, target) => {
        const rows: DataRow[] = amounts.map((amount, i) => ({ amount, ref: { row: i + 1 } }));
        const s = new RunningSums(rows);
        amounts.forEach((a) => s.add(a));
        const run = s.runEndingHere(target, 1);
        const sum = (from: number) => amounts.slice(from).reduce((x, y) => x + y, 0);
        const any = amounts.some((_, from) => sum(from) === target);
        expect(run !== null).toBe(any && target !== 0 ? true : run !== null);
        if (run) expect(sum(run.from)).toBe(target);
        if (any && target !== 0) expect(run).not.toBeNull();
      }),
    );
  });
});
