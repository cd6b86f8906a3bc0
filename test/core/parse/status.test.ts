import { tryParseStatus } from "../../../src/core/parse/status";
import type { CellValue } from "../../../src/core/grid";
import type { ProgramStatus } from "../../../src/core/model";

describe("tryParseStatus", () => {
  it.each<[CellValue, ProgramStatus | null]>([
    [null, null],
    ["", null],
    ["완료", "done"],
    ["추진완료", "done"],
    ["Done", "done"],
    ["completed", "done"],
    ["진행중", "in-progress"],
    ["진행 중", "in-progress"],
    ["운영 중", "in-progress"],
    ["In progress", "in-progress"],
    ["in-progress", "in-progress"],
    ["ongoing", "in-progress"],
    ["예정", "planned"],
    ["추진 예정", "planned"],
    ["Planned", "planned"],
    ["미실행", "not-started"],
    ["미 실행", "not-started"],
    ["Not started", "not-started"],
    ["기획중", "planning"],
    ["기획 중", "planning"],
    ["Planning", "planning"],
    ["취소", "cancelled"],
    ["Cancelled", "cancelled"],
    ["canceled", "cancelled"],
    ["완료".normalize("NFD"), "done"],
  ])("%p is %p", (cell, status) => {
    expect(tryParseStatus(cell)).toEqual({ ok: true, value: status });
  });

  it.each<[CellValue, string]>([
    ["보류?", "status-unknown"],
    [3, "status-unknown"],
    [true, "status-unknown"],
    [{ kind: "error", code: "#REF!" }, "formula-error"],
  ])("%p is %p", (cell, problem) => {
    expect(tryParseStatus(cell)).toEqual({ ok: false, error: problem });
  });
});
