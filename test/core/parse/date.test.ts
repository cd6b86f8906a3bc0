import {
  quarterLastDay,
  quarterOfDate,
  serialFromIso,
  tryIsoFromSerial,
  tryParseDateCell,
  tryParseIsoDate,
} from "../../../src/core/parse/date";
import type { CellValue } from "../../../src/core/grid";
import fc from "fast-check";

describe("tryParseDateCell", () => {
  it.each<[CellValue, string]>([
    [{ kind: "date", serial: 45436 }, "2024-05-24"],
    [{ kind: "date", serial: 45436.75 }, "2024-05-24"], // time of day dropped
    [45436, "2024-05-24"], // bare serial in a date column
    [20240524, "2024-05-24"],
    ["2024-05-24", "2024-05-24"],
    ["2024-5-24", "2024-05-24"],
    ["2024.05.24", "2024-05-24"],
    ["2024.5.24.", "2024-05-24"],
    ["2024. 5. 24.", "2024-05-24"],
    ["2024. 5. 24", "2024-05-24"],
    ["2024/05/24", "2024-05-24"],
    ["2024/5/24", "2024-05-24"],
    ["2024년 5월 24일", "2024-05-24"],
    ["2024년5월24일", "2024-05-24"],
    ["2024년 05월 24일", "2024-05-24"],
    ["  2024-05-24 ", "2024-05-24"],
    ["２０２４－０５－２４", "2024-05-24"],
    ["2024-05-24 00:00:00", "2024-05-24"],
    ["2024-05-24T09:30", "2024-05-24"],
    ["2024-05-24(금)", "2024-05-24"],
    // 12-hour times as Korean bank exports write them; the time never moves the date.
    ["2024.05.24 오후 3:00", "2024-05-24"],
    ["2024.05.24 오전 9:05:33", "2024-05-24"],
    ["2024-05-24 오후 11:59:59", "2024-05-24"],
    ["2024/05/24 오전12:10", "2024-05-24"],
    ["2024년 5월 24일 오후 3:00", "2024-05-24"],
    ["2024-05-24(금) 오후 3:00", "2024-05-24"],
    ["2024-05-24 3:00 PM", "2024-05-24"],
    ["2024-05-24 3:00:00 p.m.", "2024-05-24"],
    ["2024-05-24 AM 9:30", "2024-05-24"],
    ["20240524", "2024-05-24"],
    ["2024-02-29", "2024-02-29"],
    ["2024-12-31", "2024-12-31"],
  ])("%p is %p", (cell, iso) => {
    expect(tryParseDateCell(cell)).toEqual({ ok: true, value: iso });
  });

  it.each<[CellValue, string]>([
    [null, "date-missing"],
    ["", "date-missing"],
    ["2024-02-30", "date-invalid"],
    ["2023-02-29", "date-invalid"],
    ["2024-13-01", "date-invalid"],
    ["2024-04-31", "date-invalid"],
    ["2024-00-10", "date-invalid"],
    ["2024년 2월 30일", "date-invalid"],
    ["2024.02.30", "date-invalid"],
    [20240230, "date-invalid"],
    [{ kind: "date", serial: 60 }, "date-invalid"], // Excel's fictitious 1900-02-29
    ["어제", "not-a-date"],
    ["5/24", "not-a-date"],
    ["24.05.24", "not-a-date"],
    ["2024-05", "not-a-date"],
    ["2024.05.24 오후", "not-a-date"], // a meridiem without a time is not an export's time
    ["2024.05.24 오후 3시 반", "not-a-date"],
    ["2024.02.30 오후 3:00", "date-invalid"],
    [-1, "not-a-date"],
    [0, "not-a-date"],
    [3e6, "not-a-date"],
    [Number.NaN, "not-a-date"],
    [Number.POSITIVE_INFINITY, "not-a-date"],
    [true, "not-a-date"],
    [{ kind: "date", serial: Number.NaN }, "not-a-date"],
    [{ kind: "error", code: "#VALUE!" }, "formula-error"],
  ])("%p is %p", (cell, problem) => {
    expect(tryParseDateCell(cell)).toEqual({ ok: false, error: problem });
  });
});

describe("1900 date system", () => {
  it.each<[number, string]>([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [367, "1901-01-01"],
    [45292, "2024-01-01"],
    [45436, "2024-05-24"],
    [45657, "2024-12-31"],
    [2958465, "9999-12-31"],
  ])("serial %p is %p and back", (serial, iso) => {
    expect(tryIsoFromSerial(serial)).toEqual({ ok: true, value: iso });
    expect(serialFromIso(iso)).toBe(serial);
  });

  it("round-trips every serial except the fake 1900-02-29", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const r = tryIsoFromSerial(serial);
        if (serial === 60) return !r.ok;
        return r.ok && serialFromIso(r.value) === serial;
      }),
    );
  });
});

describe("tryParseIsoDate, quarters of dates", () => {
  it("parses CLI dates", () => {
    expect(tryParseIsoDate("2024-05-24")).toEqual({ ok: true, value: "2024-05-24" });
    expect(tryParseIsoDate("2024-02-30").ok).toBe(false);
    expect(tryParseIsoDate("soon").ok).toBe(false);
  });

  it.each([
    ["2024-01-01", 1],
    ["2024-03-31", 1],
    ["2024-04-01", 2],
    ["2024-05-24", 2],
    ["2024-07-01", 3],
    ["2024-12-31", 4],
  ] as const)("%s is in Q%d", (iso, q) => {
    expect(quarterOfDate(iso)).toBe(q);
  });

  it("gives each quarter's last day", () => {
    expect([1, 2, 3, 4].map((q) => quarterLastDay(2024, q as 1 | 2 | 3 | 4))).toEqual([
      "2024-03-31",
      "2024-06-30",
      "2024-09-30",
      "2024-12-31",
    ]);
  });
});
