import fc from "fast-check";
import { charUnits, lineCount, rowHeightFor, textUnits, wrapLines } from "../../src/core/plan/text-measure";

describe("text width estimate", () => {
  it.each([
    ["가", 2],
    ["漢", 2],
    ["Ａ", 2],
    ["0", 1],
    ["a", 1],
    [".", 0.55],
    [" ", 0.6],
    ["→", 2],
    ["①", 2],
  ])("%s is %d units", (ch, units) => {
    expect(charUnits(ch)).toBe(units);
  });

  it("counts Korean twice as wide as digits", () => {
    expect(textUnits("회의록")).toBe(6);
    expect(textUnits("192")).toBe(3);
  });

  it("scales with the font size", () => {
    expect(textUnits("회의록", 20)).toBe(12);
  });
});

describe("wrapping", () => {
  it("keeps short text on one line", () => {
    expect(wrapLines("운영위원 : 조정옥", 40)).toEqual(["운영위원 : 조정옥"]);
  });

  it("wraps at spaces into the width", () => {
    const lines = wrapLines("가나다 라마바 사아자", 14);
    expect(lines).toEqual(["가나다 라마바", "사아자"]);
    for (const l of lines) expect(textUnits(l)).toBeLessThanOrEqual(14);
  });

  it("breaks a word longer than the line between characters", () => {
    expect(wrapLines("가나다라마바사", 6)).toEqual(["가나다", "라마바", "사"]);
  });

  it("respects explicit newlines, including blank lines", () => {
    expect(wrapLines("첫 줄\n\n셋째 줄", 80)).toEqual(["첫 줄", "", "셋째 줄"]);
    expect(wrapLines("a\r\nb", 80)).toEqual(["a", "b"]);
  });

  it("loses no character (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 2, max: 120 }), (text, width) => {
        const lines = wrapLines(text, width);
        const joined = lines.join("").replace(/[\s]/g, "");
        expect(joined).toBe(text.replace(/[\s]/g, ""));
      }),
    );
  });

  it("never makes a line wider than the cell unless it is a single character (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), fc.integer({ min: 4, max: 100 }), (text, width) => {
        for (const line of wrapLines(text, width)) {
          if ([...line].length > 1) expect(textUnits(line)).toBeLessThanOrEqual(width + 1e-9);
        }
      }),
    );
  });
});

describe("row heights", () => {
  const long = "협업사업에 대해 기업과 논의가 필요함. 소통의 어려움 전달. 향후 구청 및 사경센터 사업에 대한 관내 사경 기업 간 사전 소통 요청함";

  it("grow with the amount of text", () => {
    const one = rowHeightFor("짧은 글", 80);
    const many = rowHeightFor(long, 40);
    expect(many).toBeGreaterThan(one);
    expect(lineCount(long, 40)).toBeGreaterThanOrEqual(3);
    expect(many).toBeGreaterThanOrEqual(lineCount(long, 40) * 14);
  });

  it("shrink as the merged width grows", () => {
    expect(rowHeightFor(long, 100)).toBeLessThan(rowHeightFor(long, 30));
  });

  it("count explicit lines", () => {
    expect(rowHeightFor("a\nb\nc", 80)).toBeGreaterThan(rowHeightFor("a b c", 80) * 2);
  });

  it("respect the minimum and quarter-point steps", () => {
    expect(rowHeightFor("", 80, 10, 20)).toBe(20);
    expect((rowHeightFor(long, 33) * 4) % 1).toBe(0);
  });

  it("grow with the font size", () => {
    expect(rowHeightFor("회의록", 80, 20)).toBeGreaterThan(rowHeightFor("회의록", 80, 10));
  });
});
