// The committee minutes (회의록) as a sheet plan, laid out like the center's hand-typed minutes:
// title and approval box, header table, 회의 내용 sections 1–5, footer table. A4 portrait.
//
// Grid: eight columns A–H (90 character units, the printable width of A4 portrait with 0.6"
// margins, so Excel prints at 100%). Every line of the 회의 내용 is its own row merged across
// A–H, so long text wraps, row heights are computed from the text, and page breaks fall between
// lines (computed: headings stay with what follows, the budget and footer tables stay whole).

import { formatKoreanMonthDay, formatPeriod, formatWon } from "../display";
import { previousQuarter, type FollowUp } from "../meeting/follow-up";
import type { MeetingInfo } from "../meeting/model";
import type { Figures, Program, Quarter } from "../model";
import { FormBuilder } from "./form-builder";
import { CELL_PADDING_UNITS, wrapLines } from "./text-measure";
import { assignPrograms, groupByCategory, programLine, quarterList } from "./program-sections";
import { BODY_SIZE, FORM_FONT, HEADER_FILL, LABEL_FILL, a4Print, fitToWidthScale, printableHeightPoints, thinBox } from "./report-style";
import type { CellStyle, SheetPlan } from "./sheet-plan";
import { rangeAddress } from "../address";
import { nameKey } from "../parse/names";

export const DEFAULT_CENTER_NAME = "용산구사회적경제 통합지원센터";

export interface MinutesInput {
  readonly sheetName: string;
  readonly figures: Figures;
  readonly programs: readonly Program[];
  readonly meeting: MeetingInfo | null;
  /** Section 2: last meeting's plans and decisions with their progress (analysis.followUp). */
  readonly followUp: FollowUp | null;
  readonly centerName: string;
}

// Column widths in character units: label | value ×2 | label (회의장소) | value ×4, the last three
// doubling as the approval box. 90 units ≈ the printable width of A4 portrait, so Excel prints at 100%.
const COLUMNS = [12, 11, 14, 11, 10, 10, 11, 11] as const;
const LAST = COLUMNS.length - 1;
/** Wrapped lines per row before text continues on the next row (~22 lines ≈ 330pt, under Excel's 409pt cap). */
const MAX_LINES_PER_ROW = 22;

const centered: CellStyle = { horizontal: "center", vertical: "middle", wrap: true };
const S = {
  title: { font: { size: 24, bold: true }, horizontal: "center", vertical: "middle" } as CellStyle,
  approvalLabel: { ...centered, fill: LABEL_FILL, font: { bold: true }, border: thinBox } as CellStyle,
  approvalHead: { ...centered, fill: LABEL_FILL, border: thinBox } as CellStyle,
  signature: { ...centered, border: thinBox } as CellStyle,
  label: { ...centered, fill: LABEL_FILL, font: { bold: true }, border: thinBox } as CellStyle,
  value: { vertical: "middle", wrap: true, indent: 1, border: thinBox } as CellStyle,
  band: { ...centered, fill: HEADER_FILL, font: { bold: true, size: 11 }, border: thinBox } as CellStyle,
};

/** A line of the 회의 내용 box: outer left/right borders only. */
function line(level: 0 | 1 | 2 | 3, opts: { bold?: boolean; center?: boolean; size?: number } = {}): CellStyle {
  return {
    vertical: "middle",
    wrap: true,
    ...(level > 0 ? { indent: level } : {}),
    ...(opts.center ? { horizontal: "center" as const } : {}),
    ...(opts.bold || opts.size ? { font: { ...(opts.bold ? { bold: true } : {}), ...(opts.size ? { size: opts.size } : {}) } } : {}),
    border: { left: "thin", right: "thin" },
  };
}

/** "1, 2" for quarters 1..q. */
function throughQuarter(q: Quarter): string {
  return quarterList(([1, 2, 3, 4] as const).filter((n) => n <= q));
}

/** The center's short name for headings: "통합지원센터" from "용산구사회적경제 통합지원센터". */
function shortCenter(center: string): string {
  const words = center.trim().split(/\s+/);
  return words[words.length - 1] || "센터";
}

export function defaultMeetingTitle(center: string, year: number, q: Quarter): string {
  return `${center} ${year}년 ${q}분기 운영위원회`;
}

export function defaultAgenda(center: string, year: number, q: Quarter): string {
  const next = q < 4 ? `${q + 1}분기 추진 계획 보고` : `${year + 1}년 추진 계획 보고`;
  return `${shortCenter(center)} ${year}년도 ${throughQuarter(q)}분기 사업 실행 및 ${q}분기 추진 사업, ${next}`;
}

export function attendeeLines(meeting: MeetingInfo | null): { members: string; observers: string } {
  const names = (role: "member" | "observer") => (meeting?.attendees ?? []).filter((a) => a.role === role).map((a) => a.name).join(", ");
  return { members: names("member"), observers: names("observer") };
}

export function planMinutesSheet(input: MinutesInput): SheetPlan {
  const { figures: f, meeting, centerName } = input;
  const q = f.quarter;
  const year = f.year;
  const b = new FormBuilder([...COLUMNS], { name: FORM_FONT, size: BODY_SIZE }, 19.5);
  let r = 0;

  // Title and approval box (확인 | 팀장 | 센터장, empty signature cells below).
  b.box(0, 0, 4, "회의록", S.title, { bottom: 1, noMeasure: true });
  b.box(0, 5, 5, "확 인", S.approvalLabel, { bottom: 1, noMeasure: true });
  b.box(0, 6, 6, "팀장", S.approvalHead);
  b.box(0, 7, 7, "센터장", S.approvalHead);
  b.box(1, 6, 6, null, S.signature);
  b.box(1, 7, 7, null, S.signature);
  b.setHeight(0, 22);
  b.setHeight(1, 44);
  b.setHeight(2, 10);
  r = 3;

  // Header table.
  const { members, observers } = attendeeLines(meeting);
  b.box(r, 0, 0, "회 의 명", S.label);
  b.box(r, 1, LAST, meeting?.title ?? defaultMeetingTitle(centerName, year, q), S.value);
  r++;
  b.box(r, 0, 0, "회의일시", S.label);
  b.box(r, 1, 2, meeting?.dateText ?? "", S.value);
  b.box(r, 3, 3, "회의장소", S.label);
  b.box(r, 4, LAST, meeting?.place ?? "", S.value);
  r++;
  b.box(r, 0, 0, "회의안건", S.label);
  b.box(r, 1, LAST, meeting?.agenda ?? defaultAgenda(centerName, year, q), S.value);
  r++;
  b.box(r, 0, 0, "참석인원\n(참석자)", S.label);
  b.box(r, 1, LAST, `운영위원 : ${members}\n참관 : ${observers}`, S.value);
  r++;
  for (let row = 3; row < r; row++) b.atLeast(row, 26);

  for (let row = 0; row <= r; row++) b.keepWithNext(row);
  b.box(r, 0, LAST, "회 의 내 용", S.band);
  b.atLeast(r, 24);
  r++;
  const contentTop = r;

  const text = (value: string, style: CellStyle, keepWithNext = false) => {
    // A row cannot break across pages and Excel caps row heights (409pt): very long text is
    // continued on further rows, at most MAX_LINES_PER_ROW wrapped lines each.
    const size = style.font?.size ?? BODY_SIZE;
    const lines = wrapLines(value, b.usableWidth(0, LAST, style) - CELL_PADDING_UNITS, size);
    const chunks: string[] = [];
    for (let i = 0; i < lines.length; i += MAX_LINES_PER_ROW) chunks.push(lines.slice(i, i + MAX_LINES_PER_ROW).join("\n"));
    const parts = chunks.length > 1 ? chunks : [value];
    for (const part of parts) {
      b.box(r, 0, LAST, part, style);
      if (keepWithNext) b.keepWithNext(r);
      r++;
    }
  };
  const gap = (points = 6) => {
    b.box(r, 0, LAST, null, line(0), { noMeasure: true });
    b.setHeight(r, points);
    r++;
  };
  const heading = (value: string) => {
    gap(8);
    text(value, line(0, { bold: true, size: 11 }), true);
  };
  const items = (list: readonly string[]) => {
    if (list.length === 0) text("- 해당 없음", line(2));
    for (const s of list) text(`- ${s}`, line(2));
  };

  // 1. 성원 보고 및 개회
  heading("1. 성원 보고 및 개회");
  text(`운영위원 : ${members}`, line(1));
  text(`참 관 : ${observers}`, line(1));

  // 2. 전차 회의록 보고: what the previous meeting planned and decided, with its progress now.
  const sections = assignPrograms(input.programs, { year, quarter: q, asOf: f.asOf });
  const followUp = input.followUp;
  const prev = followUp?.previous ?? previousQuarter(year, q);
  const prevReporter = meeting?.reporters.previousMinutes;
  heading(`2. ${prev.year}년 ${prev.quarter}분기(전차) 회의록 보고${prevReporter ? ` - ${prevReporter} 보고함` : ""}`);
  text(`1) ${prev.quarter}분기 남은 일정 추진 사업 보고에 대한 진행 상황 보고`, line(1, { bold: true }), true);
  const groups = groupByCategory(followUp?.plans ?? []);
  if (groups.length === 0) text("- 해당 없음", line(2));
  for (const g of groups) {
    if (g.items.length === 1) {
      const p = g.items[0]!;
      // As the seed writes it when the progress already names the program: "- 전략수립 및 조사 → 2월 말 완료(기업 운영 현황 조사)".
      const named = nameKey(p.progress).includes(nameKey(p.name));
      text(named ? `- ${g.category}${arrow(p.progress)}` : `- ${g.category} : ${p.name}${arrow(p.progress)}`, line(2));
    } else {
      text(`- ${g.category} :`, line(2), true);
      for (const p of g.items) text(`• ${p.name}${arrow(p.progress)}`, line(3));
    }
  }
  text("2) 결정사항에 대한 진행 상황 보고", line(1, { bold: true }), true);
  items((followUp?.decisions ?? []).map((d) => `${d.decision}${arrow(d.progress)}`));

  // 3. 추진 사업 경과 보고: budget, then the programs of each quarter so far.
  heading(`3. ${year}년 ${throughQuarter(q)}분기 ${shortCenter(centerName)} 추진 사업 경과 보고`);
  const budgetReporter = meeting?.reporters.budget;
  if (budgetReporter) text(`- ${budgetReporter}: ${year}년 ${throughQuarter(q)}분기 예산 보고함`, line(1), true);
  text(`1) ${throughQuarter(q)}분기 예산보고`, line(1, { bold: true }), true);
  text(`<${year}년 예산>`, line(0, { bold: true, center: true }), true);
  const figureRows: [string, string][] = [
    [`${year}년 총 예산`, formatWon(f.totalBudget)],
    [`${formatPeriod(q)} 교부액`, formatWon(f.grantsToDate)],
    [`${formatKoreanMonthDay(f.asOf)} 기준 총 집행액`, formatWon(f.executedToDate)],
    ["① 총 예산 대비 집행율", f.display.ratioToBudget],
    [`② ${formatPeriod(q)} 교부액 대비 집행율`, f.display.ratioToGrants],
  ];
  for (const [label, value] of figureRows) {
    b.box(r, 0, 0, null, line(0), { noMeasure: true });
    b.box(r, 1, 4, label, { fill: LABEL_FILL, vertical: "middle", wrap: true, indent: 1, border: thinBox });
    b.box(r, 5, 6, value, { horizontal: "right", indent: 1, vertical: "middle", font: { bold: true }, border: thinBox });
    b.box(r, LAST, LAST, null, line(0), { noMeasure: true });
    b.atLeast(r, 21);
    b.keepWithNext(r);
    r++;
  }
  gap(4);
  if (meeting?.budgetComment) text(`→ ${meeting.budgetComment}`, line(1));

  let sub = 2;
  for (const n of [1, 2, 3, 4] as const) {
    if (n > q) break;
    const reporter = meeting?.reporters.quarters[n];
    if (reporter) text(`- ${reporter}: ${n}분기 추진 사업 보고함`, line(1), true);
    text(`${sub}) ${n}분기 추진 사업 보고`, line(1, { bold: true }), true);
    items(sections.carriedOut[n].map(programLine));
    sub++;
  }

  // 4. 향후 추진 예정 사업
  heading(`4. ${year}년 ${quarterList(sections.plannedQuarters)}분기 향후 추진 예정 사업`);
  items(sections.planned.map(programLine));

  // 5. 기타 논의 사항
  heading("5. 기타 논의 사항");
  const remarks = meeting?.discussion ?? [];
  if (remarks.length === 0) text("- 해당 없음", line(1));
  for (const m of remarks) text(m.speaker === "" ? m.text : `${m.speaker}: ${m.text}`, line(1));
  gap(10);
  const contentBottom = r - 1;

  // Footer table: room to write by hand when empty. Its three rows stay on one page.
  for (const [label, value] of [
    ["결정사항", meeting?.decisions],
    ["요청사항", meeting?.requests],
    ["기타사항", meeting?.otherMatters],
  ] as const) {
    b.box(r, 0, 0, label, S.label);
    b.box(r, 1, LAST, value ?? "", S.value);
    b.atLeast(r, 34);
    if (label !== "기타사항") b.keepWithNext(r);
    r++;
  }

  const breaks = b.paginate(printableHeightPoints("portrait"), fitToWidthScale(COLUMNS, "portrait"));
  // Close the 회의 내용 box at the bottom of a page and reopen it at the top of the next.
  for (const row of breaks) {
    if (row >= contentTop && row <= contentBottom) b.addBorder(row, 0, LAST, "bottom");
    if (row + 1 >= contentTop && row + 1 <= contentBottom) b.addBorder(row + 1, 0, LAST, "top");
  }
  return b.build(input.sheetName, "minutes", a4Print(rangeAddress(0, 0, r - 1, LAST), "portrait"), {
    tabColor: "2F5597",
    ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
  });
}

function arrow(progress: string): string {
  const p = progress.trim();
  return p === "" ? "" : ` → ${p}`;
}
