import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { analyze } from "../../src/core/analyze";
import { planReport } from "../../src/core/report";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { cellAddress, tryParseCellAddress } from "../../src/core/address";
import { inOrder, linesBetween, planLines, rowOf } from "./plan-text";

function withSheet(grid: WorkbookGrid, name: string, edit: (rows: CellValue[][]) => void): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== name) return s;
      const rows = s.values.map((r) => [...r]);
      edit(rows);
      return { ...s, values: rows };
    }),
  };
}

const sample = sampleWorkbookGrid();
const outcome = planReport(analyze(sample));
if (!outcome.ok) throw new Error("the sample must produce a report");
const minutes = outcome.plan.sheets[0]!;
const summary = outcome.plan.sheets[1]!;
const lines = planLines(minutes);

describe("planReport on the sample workbook (the seed's 2024 Q2 minutes)", () => {
  it("plans the minutes and the summary, named by year and quarter, and activates the minutes", () => {
    expect(outcome.minutesSheet).toBe("회의록 2024-2분기");
    expect(outcome.summarySheet).toBe("집행현황 2024-2분기");
    expect(outcome.plan.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["회의록 2024-2분기", "minutes"],
      ["집행현황 2024-2분기", "summary"],
    ]);
    expect(outcome.plan.replace).toEqual([]);
    expect(outcome.plan.activate).toBe("회의록 2024-2분기");
    expect(outcome.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("has the title, the approval box and the header table of the seed", () => {
    expect(lines.slice(0, 8)).toEqual([
      "회의록 | 확 인 | 팀장 | 센터장",
      "회 의 명 | 용산구사회적경제 통합지원센터 2024년 2분기 운영위원회",
      "회의일시 | 2024년 6월 4일 16시 | 회의장소 | 용산구사회적경제 통합지원센터 교육장",
      "회의안건 | 통합지원센터 2024년도 1, 2분기 사업 실행 및 2분기 추진 사업, 3분기 추진 계획 보고",
      "참석인원\n(참석자) | 운영위원 : 조정옥, 김미선, 정희권, 김재성, 용은중, 박은주\n참관 : 김선경, 이수민",
      "회 의 내 용",
      "1. 성원 보고 및 개회",
      "운영위원 : 조정옥, 김미선, 정희권, 김재성, 용은중, 박은주",
    ]);
    // Signature cells under 팀장 and 센터장 are planned (bordered) and empty.
    const signatures = minutes.cells.filter((c) => c.row === 1 && (c.col === 6 || c.col === 7));
    expect(signatures.map((c) => c.value)).toEqual([null, null]);
    expect(minutes.rowHeights[1]).toBeGreaterThanOrEqual(40);
  });

  it("has the seed's section headings in order, then the footer table", () => {
    expect(
      inOrder(lines, [
        "1. 성원 보고 및 개회",
        "2. 2024년 1분기(전차) 회의록 보고 - 이수민 보고함",
        "1) 1분기 남은 일정 추진 사업 보고에 대한 진행 상황 보고",
        "2) 결정사항에 대한 진행 상황 보고",
        "3. 2024년 1, 2분기 통합지원센터 추진 사업 경과 보고",
        "- 조정옥: 2024년 1, 2분기 예산 보고함",
        "1) 1, 2분기 예산보고",
        "<2024년 예산>",
        "- 이수민: 1분기 추진 사업 보고함",
        "2) 1분기 추진 사업 보고",
        "- 조정옥: 2분기 추진 사업 보고함",
        "3) 2분기 추진 사업 보고",
        "4. 2024년 2, 3분기 향후 추진 예정 사업",
        "5. 기타 논의 사항",
        "결정사항",
        "요청사항 | 숙대 esg 아카데미 홍보 및 참여 요청",
        "기타사항",
      ]),
    ).toEqual({ ok: true });
  });

  it("shows the seed's figures in the budget report, with the comment line", () => {
    const budget = linesBetween(lines, "1) 1, 2분기 예산보고", "- 이수민: 1분기");
    expect(budget).toEqual([
      "<2024년 예산>",
      "2024년 총 예산 | 192,500,000원",
      "1~2분기 교부액 | 96,250,000원",
      "5월 24일 기준 총 집행액 | 66,460,585원",
      "① 총 예산 대비 집행율 | 35%",
      "② 1~2분기 교부액 대비 집행율 | 69%",
      "→ 큰 사업들이 3, 4분기에 몰려있어서 집행률이 낮은 것이고 실행되면 100% 가까이 소진 가능할 것으로 예상됨",
    ]);
  });

  it("reports the previous plan's progress grouped by category with → notes, then the decisions' progress", () => {
    const section = linesBetween(lines, "1) 1분기 남은 일정", "2) 결정사항에 대한");
    expect(section).toEqual([
      "- 전략수립 및 조사 → 2월 말 완료(기업 운영 현황 조사)",
      "- 주체발굴 및 성장지원 :",
      "• 찾아가는 기업 교육 및 컨설팅 → 용산용문시장협동조합 협동조합 총회 교육 실시, (주)디아앤큐와 고래이야기협동조합 재무회계 교육 실시",
      expect.stringMatching(/^• 사회적경제 장터\(3월, 4월 예정\) → 4월 서울시중부남부교육기술원과 협업하여/),
      "• 공공구매 컨설팅 분석 및 기업 지원 → 공공구매 교육, 컨설팅, 간담회 개최 완료",
      "• 뉴스레터 제갈 발송(매월) → 매월 발송 완료",
      "- 거버넌스 구축 :",
      "• 운영위원회 → 분기별 1회 운영 중",
      "• 전문위원 간담회 → 미실행",
      "• 의제별 네트워크 교육 및 간담회 → 여성 리더 간담회 운영, 이후 추가 사업 예정",
      "- 의제발굴 및 기획사업 : 기후정의 학교 및 캠페인 운영 → 3, 4분기 운영 예정",
      "- 기타 :",
      "• 숙명여대 ESG 아카데미 → 6월 12, 19, 26일 진행 예정",
      "• 사회적경제 민·관 협력 간담회 → 미실행, 3분기 기획 중",
    ]);
    expect(linesBetween(lines, "2) 결정사항에 대한", "3. 2024년")).toEqual([
      "- 사회적경제기업 자생력 강화 지원사업 계획수립 후 운영위 공유 → 미실행, 기획중",
      "- 센터 자문위원 리스트 관내 기업에 안내, 기업 자문 지원 확대 → 미실행",
    ]);
  });

  it("lists the programs carried out in each quarter, in the seed's order", () => {
    expect(linesBetween(lines, "2) 1분기 추진 사업 보고", "- 조정옥: 2분기")).toEqual([
      "- 찾아가는 사회적경제 교육 - 용산용문시장협동조합",
      "- 2024 용산구 공공구매 예산분석 교육",
      "- 2024년 1회 입주기업 간담회",
      "- 서울시 중부·남부기술교육원 업무협약식",
      "- 사회적경제 기업 운영 현황 조사 - 신규 기업 방문",
      "- 2024년 용산구 공공구매 예산분석 컨설팅",
      "- 2024 공공구매 예산분석 참여기업 간담회 운영",
      "- 찾아가는 맞춤형 기업 컨설팅 - 올바른네트웍스(주)",
      "- 찾아가는 맞춤형 기업 컨설팅 - 디아앤큐",
      "- 관내 사회적경제 기업 운영현황 조사 (DB구축)",
      "- 2024 용산구 사회적경제 창업 아카데미",
      "- 소상공인온라인홍보마케팅 사업",
    ]);
    expect(linesBetween(lines, "3) 2분기 추진 사업 보고", "4. 2024년")).toEqual([
      "- 찾아가는 사회적경제 교육 - 고래이야기 사회적협동조합, 디아앤큐(주)",
      "- 꽃장, 피우장",
      "- 2024 더마실 장터-봄마실 장터",
      "- 2024 용산구 공무원 대상 공공구매 교육",
      "- 사회적경제 홍보영상 제작 중(3건)",
      "- 2024 용산구 사회적경제 여성 리더십 네트워크",
      "- 2024 용산구 사회적경제 윤리경영 실천 협약식",
      "- 2024 용산구 사회적경제 협업지원 시범사업 재공고중",
      "- 강남구 사회적경제 SESTA 참여 지원",
      "- 센터 사업 홍보 - 홈페이지 운영",
      "- 센터 사업 홍보 - 뉴스레터 제작 및 발송",
    ]);
  });

  it("lists the programs planned for the coming quarters and the discussion", () => {
    expect(linesBetween(lines, "4. 2024년 2, 3분기", "5. 기타 논의 사항")).toEqual([
      "- 용산 사회적경제 공동 판매장 활성화-생협과 함께하는 공동판매장 특별전",
      "- 2024 용산구 사회적경제 ESG 페스터 / 용산구 청년 축제 시 공동 운영",
      "- 2024 용산구 사회적경제 홍보 영상(숏폼) 제작",
      "- 2024 용산구 사회적경제 의제별 협업지원 사업",
    ]);
    const discussion = linesBetween(lines, "5. 기타 논의 사항", "결정사항");
    expect(discussion.map((l) => l.split(":")[0])).toEqual(["용은중", "조정옥", "김재성", "용은중", "조정옥", "김미선", "박은주"]);
    expect(discussion[0]).toBe("용은중: 사회적경제 협업지원 시범사업에 대해 예산집행과 사업 실행방식에 대한 질의함");
  });

  it("gives long text taller rows than short text", () => {
    const long = rowOf(minutes, (t) => t.startsWith("김재성: 협업사업에 대해"));
    const short = rowOf(minutes, (t) => t.startsWith("조정옥: 향후 기업들 대상"));
    expect(minutes.rowHeights[long]!).toBeGreaterThan(minutes.rowHeights[short]!);
  });

  it("prints on A4 portrait, one page wide, with page numbers, gridlines off, 맑은 고딕", () => {
    expect(minutes.print).toMatchObject({
      paperSize: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
      footer: "&C&P / &N",
      printArea: `A1:H${Math.max(...minutes.cells.map((c) => c.row)) + 1}`,
    });
    expect(minutes.showGridLines).toBe(false);
    expect(minutes.defaultFont.name).toBe("맑은 고딕");
    expect(summary.print).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitleRows: "7:7" });
  });

  it("never splits the budget table or the footer table across pages", () => {
    const breaks = minutes.rowBreaks ?? [];
    const budgetTop = rowOf(minutes, (t) => t.endsWith("년 총 예산"));
    const budgetBottom = rowOf(minutes, (t) => t.startsWith("② "));
    const footerTop = rowOf(minutes, (t) => t === "결정사항");
    const footerBottom = rowOf(minutes, (t) => t === "기타사항");
    for (const b of breaks) {
      expect(b >= budgetTop - 1 && b < budgetBottom).toBe(false);
      expect(b >= footerTop && b < footerBottom).toBe(false);
    }
  });

  it("breaks pages between sections, never right after a heading", () => {
    const breaks = minutes.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks) {
      const last = minutes.cells.filter((c) => c.row === b && c.value !== null).map((c) => String(c.value)).join("");
      expect(last).not.toMatch(/^(\d\.|\d\))/);
    }
  });
});

describe("the execution summary (집행현황)", () => {
  const sLines = planLines(summary);
  const f = outcome.analysis.figures!;

  it("has a row per budget line with numbers, a subtotal per category and a grand total", () => {
    expect(sLines[0]).toBe("2024년 예산 집행현황");
    expect(sLines[2]).toBe("2024년 총 예산 | 1~2분기 교부액 | 5월 24일 기준 총 집행액 | 총 예산 대비 집행률 | 교부액 대비 집행률");
    expect(sLines[3]).toBe("192,500,000원 | 96,250,000원 | 66,460,585원 | 35% | 69%");
    expect(sLines[4]).toBe("구분 | 사업명 | 예산액 | 1분기 | 2분기 | 3분기 | 4분기 | 누적 집행액 | 집행률 | 잔액");
    for (const l of f.lines) expect(sLines.some((s) => s.includes(`${l.name} | ${l.budget} | `))).toBe(true);
    expect(sLines.filter((s) => s.startsWith("소계") || s.includes("| 소계 |")).length).toBe(f.categories.length);
    const total = sLines.find((s) => s.startsWith("합계"))!;
    expect(total).toBe(`합계 | 192500000 | ${f.byQuarter[0]} | ${f.byQuarter[1]} | 66460585 | ${f.ratioToBudget} | ${192500000 - 66460585}`);
  });

  it("formats amounts #,##0 and ratios 0%", () => {
    const formats = new Set(Object.values(summary.styles).map((s) => s.numberFormat).filter(Boolean));
    expect([...formats].sort()).toEqual(["#,##0", "0%"]);
  });

  it("uses 0.0% when one decimal is asked for", () => {
    const one = planReport(analyze(sample, { ratioDecimals: 1 }));
    if (!one.ok) throw new Error("expected a plan");
    const formats = new Set(Object.values(one.plan.sheets[1]!.styles).map((s) => s.numberFormat).filter(Boolean));
    expect(formats.has("0.0%")).toBe(true);
  });
});

describe("the execution as a picture (집행현황)", () => {
  const f = outcome.analysis.figures!;
  const at = (plan: SheetPlan, a1: string) => {
    const p = tryParseCellAddress(a1)!;
    return plan.cells.find((c) => c.row === p.row && c.col === p.col)?.value ?? null;
  };
  const cellsOf = (plan: SheetPlan, range: string) => {
    const [from, to] = range.split(":").map((x) => tryParseCellAddress(x)!);
    const out: (string | number | null)[] = [];
    for (let r = from!.row; r <= to!.row; r++) for (let c = from!.col; c <= to!.col; c++) out.push(at(plan, cellAddress(r, c)));
    return out;
  };

  it("draws every line's, category's and the total's 집행률 as a data bar from 0 to 100%", () => {
    const bar = summary.conditionalFormats?.find((c) => c.kind === "data-bar");
    expect(bar).toMatchObject({ kind: "data-bar", min: 0, max: 1 });
    const ratios = cellsOf(summary, bar!.range);
    const expected = [...f.lines.map((l) => l.ratio), ...f.categories.map((c) => c.ratio), f.ratioToBudget].filter((x) => x !== null).sort();
    expect(ratios.filter((v): v is number => typeof v === "number").sort()).toEqual(expected);
    expect(at(summary, bar!.range.split(":")[0]!.replace(/\d+$/, "7"))).toBe("집행률");
  });

  it("puts a ratio over 100% and a negative remainder in the danger colour", () => {
    const danger = summary.conditionalFormats?.filter((c) => c.kind === "number") ?? [];
    expect(danger.map((c) => c.kind === "number" && [c.operator, c.value, c.style])).toEqual([
      ["greater-than", 1, { font: { color: "9C0006" }, fill: "FFC7CE" }],
      ["less-than", 0, { font: { color: "9C0006" }, fill: "FFC7CE" }],
    ]);
    const bar = summary.conditionalFormats!.find((c) => c.kind === "data-bar")!;
    expect(danger[0]!.range).toBe(bar.range);
    expect(at(summary, danger[1]!.range.split(":")[0]!.replace(/\d+$/, "7"))).toBe("잔액");
    // An overspent line's cells are inside those ranges.
    const over = withSheet(sample, "집행내역", (rows) => {
      const header = rows.findIndex((r) => r.some((v) => v === "금액"));
      rows.splice(header + 1, 0, [0, { kind: "date", serial: 45300 }, "민관 협력 간담회", "간담회", "x", 2_500_000, "2024-9999", "계좌이체"]);
    });
    const o = planReport(analyze(over));
    if (!o.ok) throw new Error("expected a plan");
    const s = o.plan.sheets[1]!;
    const row = s.cells.find((c) => c.value === "민관 협력 간담회")!.row;
    const ratioCell = cellAddress(row, 8);
    expect(at(s, ratioCell)).toBeCloseTo(1.25, 10);
    const range = s.conditionalFormats!.find((c) => c.kind === "number" && c.operator === "greater-than")!.range;
    const [from, to] = range.split(":").map((x) => tryParseCellAddress(x)!);
    expect(row >= from!.row && row <= to!.row && from!.col === 8).toBe(true);
    expect(at(s, cellAddress(row, 9))).toBe(-500_000);
  });

  it("charts spending by quarter against the budget from cells that hold exactly those figures", () => {
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts![0]!;
    expect(cellsOf(summary, chart.categories)).toEqual(["1분기", "2분기", "3분기", "4분기"]);
    expect(chart.series.map((x) => [x.name, x.as])).toEqual([
      ["분기 집행액", "column"],
      ["누적 집행액", "column"],
      ["2024년 총 예산", "line"],
    ]);
    expect(cellsOf(summary, chart.series[0]!.values)).toEqual([40_806_390, 25_654_195, null, null]);
    expect(cellsOf(summary, chart.series[1]!.values)).toEqual([40_806_390, 66_460_585, null, null]);
    expect(cellsOf(summary, chart.series[2]!.values)).toEqual([192_500_000, 192_500_000, 192_500_000, 192_500_000]);
    // The chart sits below its figures, inside the print area, on the same page as them.
    const valuesRow = tryParseCellAddress(chart.series[2]!.values.split(":")[0]!)!.row;
    expect(chart.anchor.top).toBeGreaterThan(valuesRow);
    expect(Number(summary.print.printArea.split(":")[1]!.replace(/^[A-Z]+/, ""))).toBe(chart.anchor.bottom + 1);
    for (const b of summary.rowBreaks ?? []) expect(b >= valuesRow - 4 && b < chart.anchor.bottom).toBe(false);
  });
});

describe("the sample's plan (snapshot)", () => {
  function describePlan(p: SheetPlan) {
    return {
      name: p.name,
      lines: planLines(p),
      rowHeights: p.rowHeights,
      columnWidths: p.columnWidths,
      merges: p.merges.length,
      print: p.print,
      rowBreaks: p.rowBreaks,
      conditionalFormats: p.conditionalFormats,
      charts: p.charts,
    };
  }
  it("matches", () => {
    expect(outcome.plan.sheets.map(describePlan)).toMatchSnapshot();
  });
});

describe("options, names and failures", () => {
  it("lets explicit options override the meeting sheet's quarter and as-of date", () => {
    const q1 = planReport(analyze(sample, { period: { quarter: 1 } }));
    if (!q1.ok) throw new Error("expected a plan");
    expect(q1.analysis.figures!.quarter).toBe(1);
    // The meeting sheet's 기준일 belongs to its own quarter (2): Q1 falls back to its last day.
    expect(q1.analysis.figures!.asOf).toBe("2024-03-31");
    expect(q1.minutesSheet).toBe("회의록 2024-1분기");
    expect(q1.issues.some((i) => i.code === "report-option-overrides-meeting" && i.params.field === "reportQuarter")).toBe(true);
    const l = planLines(q1.plan.sheets[0]!);
    expect(inOrder(l, ["2. 2023년 4분기(전차) 회의록 보고", "3. 2024년 1분기", "1) 1분기 예산보고", "1분기 교부액", "3월 31일 기준 총 집행액", "2) 1분기 추진 사업 보고", "5. 기타"])).toEqual({ ok: true });
    expect(l.some((x) => x.startsWith("3) 2분기"))).toBe(false);

    const asOf = planReport(analyze(sample, { period: { asOf: "2024-06-30" } }));
    if (!asOf.ok) throw new Error("expected a plan");
    expect(asOf.analysis.figures!.asOf).toBe("2024-06-30");
    expect(planLines(asOf.plan.sheets[0]!)).toContain("6월 30일 기준 총 집행액 | " + `${asOf.analysis.figures!.executedToDate.toLocaleString("en-US")}원`);
  });

  it("uses the meeting sheet's quarter and as-of date when no option is given", () => {
    expect(outcome.analysis.figures!.asOf).toBe("2024-05-24");
    expect(outcome.analysis.figures!.quarter).toBe(2);
  });

  it("never overwrites an existing sheet silently, and replaces only when asked", () => {
    const grid: WorkbookGrid = { sheets: [...sample.sheets, { name: "회의록 2024-2분기", origin: { row: 0, col: 0 }, values: [["사용자 메모"]] }] };
    const kept = planReport(analyze(grid));
    if (!kept.ok) throw new Error("expected a plan");
    expect(kept.minutesSheet).toBe("회의록 2024-2분기 (2)");
    expect(kept.plan.replace).toEqual([]);
    expect(kept.issues.some((i) => i.code === "report-sheet-renamed")).toBe(true);

    const replaced = planReport(analyze(grid), { replaceExisting: true });
    if (!replaced.ok) throw new Error("expected a plan");
    expect(replaced.minutesSheet).toBe("회의록 2024-2분기");
    expect(replaced.plan.replace).toEqual(["회의록 2024-2분기"]);
    expect(replaced.issues.some((i) => i.code === "report-sheet-replaced" && i.severity === "warning")).toBe(true);
  });

  it("refuses with the validation errors and no plan", () => {
    const broken = withSheet(sample, "집행내역", (rows) => {
      const header = rows.findIndex((r) => r.some((v) => v === "금액"));
      const amountCol = rows[header]!.indexOf("금액");
      rows[header + 1]![amountCol] = "일이삼";
    });
    const out = planReport(analyze(broken));
    expect(out.ok).toBe(false);
    expect("plan" in out).toBe(false);
    expect(out.issues.some((i) => i.severity === "error" && i.sheet === "집행내역")).toBe(true);
  });

  it("still makes the minutes without a meeting sheet, blank fields and a warning", () => {
    const grid: WorkbookGrid = { sheets: sample.sheets.filter((s) => s.name !== "회의정보") };
    const out = planReport(analyze(grid));
    if (!out.ok) throw new Error("expected a plan");
    expect(out.issues.some((i) => i.code === "meeting-sheet-missing" && i.severity === "warning")).toBe(true);
    const l = planLines(out.plan.sheets[0]!);
    expect(l).toContain("회의일시 | 회의장소");
    expect(l).toContain("회 의 명 | 용산구사회적경제 통합지원센터 2024년 2분기 운영위원회");
    expect(l).toContain("결정사항");
  });

  it("uses the given center name in the default title and headings", () => {
    const grid = withSheet(sample, "회의정보", (rows) => {
      for (const r of rows) if (r[0] === "회의명" || r[0] === "회의안건") r[1] = null;
    });
    const out = planReport(analyze(grid), { centerName: "마포구사회적경제 통합지원센터" });
    if (!out.ok) throw new Error("expected a plan");
    const l = planLines(out.plan.sheets[0]!);
    expect(l).toContain("회 의 명 | 마포구사회적경제 통합지원센터 2024년 2분기 운영위원회");
    expect(l).toContain("회의안건 | 통합지원센터 2024년도 1, 2분기 사업 실행 및 2분기 추진 사업, 3분기 추진 계획 보고");
  });

  it("continues very long text on further rows so no row exceeds Excel's 409pt cap", () => {
    const long = "협업 사업에 대한 긴 발언입니다. ".repeat(150);
    const grid = withSheet(sample, "회의정보", (rows) => {
      const i = rows.findIndex((r) => r[0] === "김미선");
      rows[i]![1] = long;
    });
    const out = planReport(analyze(grid));
    if (!out.ok) throw new Error("expected a plan");
    const plan = out.plan.sheets[0]!;
    const start = rowOf(plan, (t) => t.startsWith("김미선: 협업 사업에 대한"));
    const end = rowOf(plan, (t) => t.startsWith("박은주:"));
    expect(end - start).toBeGreaterThan(1);
    const text = plan.cells.filter((c) => c.row >= start && c.row < end && typeof c.value === "string").map((c) => c.value).join("");
    expect(text.replace(/\s/g, "")).toBe(`김미선: ${long}`.replace(/\s/g, ""));
    for (let row = start; row < end; row++) expect(plan.rowHeights[row]!).toBeLessThanOrEqual(409);
  });

  it("carries user text as plain strings: a remark starting with = arrives unchanged", () => {
    const grid = withSheet(sample, "회의정보", (rows) => {
      const i = rows.findIndex((r) => r[0] === "김미선");
      rows[i]![1] = "=HYPERLINK(\"http://x\") 는 수식이 아닙니다";
    });
    const out = planReport(analyze(grid));
    if (!out.ok) throw new Error("expected a plan");
    const cell = out.plan.sheets[0]!.cells.find((c) => typeof c.value === "string" && c.value.includes("HYPERLINK"));
    expect(cell?.value).toBe("김미선: =HYPERLINK(\"http://x\") 는 수식이 아닙니다");
    // And the meeting reader hands it over untouched.
    const other = withSheet(sample, "회의정보", (rows) => {
      rows.push(["[기타 논의]", null], ["=A1", "+1 -2 @x"]);
    });
    const o2 = planReport(analyze(other));
    if (!o2.ok) throw new Error("expected a plan");
    expect(planLines(o2.plan.sheets[0]!)).toContain("=A1: +1 -2 @x");
  });
});

