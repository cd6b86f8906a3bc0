// The words of the pane's minutes components (previous-minutes-panel.tsx, execution-chart.tsx), in
// Korean and English, kept beside them rather than in i18n.ts.

import type { FollowUpFrom } from "../../core/issues/issue";
import type { Locale } from "../../core/locale";
import { paneControls } from "../../core/issues/words";

export interface MinutesStrings {
  // 전차 회의록 (the minutes' section 2)
  readonly previousHeading: string;
  /** Where section 2 comes from now. */
  readonly previousSource: (p: { quarter: number; plans: number; plansFrom: FollowUpFrom; decisions: number; decisionsFrom: FollowUpFrom; minutesSheet: string; meetingSheet: string }) => string;
  readonly previousNone: (sheet: string) => string;
  readonly carryButton: string;
  readonly carryHelp: string;
  readonly carryNoMinutes: (sheet: string) => string;
  readonly carryOtherQuarter: (meetingQuarter: string, used: string) => string;
  readonly carryNothingNew: string;
  readonly previewTitle: (sheet: string, createsSheet: boolean) => string;
  readonly previewPlans: (n: number) => string;
  readonly previewDecisions: (n: number) => string;
  readonly previewKept: (names: string) => string;
  readonly previewNoProgress: string;
  readonly confirmCarry: string;
  readonly cancel: string;
  readonly carried: (plans: number, decisions: number, sheet: string) => string;

  // 집행 그림 (the execution as a picture)
  readonly chartHeading: string;
  readonly quartersTitle: string;
  readonly quartersLabel: (parts: string, remaining: string, budget: string) => string;
  readonly quarterPart: (q: number, amount: string, percent: string) => string;
  readonly remainingBudget: string;
  readonly linesTitle: string;
  readonly lineLabel: (name: string, executed: string, budget: string, ratio: string) => string;
  readonly overBudget: string;
}

const ko: MinutesStrings = {
  previousHeading: "전차 회의록 (회의록 2.)",
  previousSource: (p) => {
    const from = (s: FollowUpFrom) => (s === "minutes" ? `${p.quarter}분기 회의록('${p.minutesSheet}')` : `'${p.meetingSheet}' 시트`);
    const plans = p.plansFrom === "none" ? "추진 사업 해당 없음" : `${from(p.plansFrom)}의 사업 ${p.plans}개`;
    const decisions = p.decisionsFrom === "none" ? "결정사항 해당 없음" : `${p.decisionsFrom === p.plansFrom ? "" : `${from(p.decisionsFrom)}의 `}결정사항 ${p.decisions}건`;
    return `회의록 2.에 들어갈 것: ${plans}, ${decisions}`;
  },
  previousNone: (sheet) => `전차 회의록 시트 '${sheet}'가 없어 회의록 2.는 '해당 없음'이 됩니다.`,
  carryButton: paneControls.carry.ko,
  carryHelp: "전차 회의록의 향후 추진 예정 사업과 결정사항을 회의정보 시트의 [전차 추진 계획]·[전차 결정사항]에 옮깁니다. 이미 적힌 행은 그대로 둡니다. 옮긴 뒤 진행상황을 고치세요.",
  carryNoMinutes: (sheet) => `가져올 전차 회의록 시트 '${sheet}'가 없습니다.`,
  carryOtherQuarter: (m, u) => `회의정보 시트의 보고분기(${m})가 지금 보고 분기(${u})와 달라 가져오지 않습니다.`,
  carryNothingNew: "전차 회의록의 사업과 결정사항이 이미 회의정보 시트에 있습니다.",
  previewTitle: (sheet, creates) => (creates ? `새 '${sheet}' 시트를 만들어 넣을 내용` : `'${sheet}' 시트에 넣을 내용`),
  previewPlans: (n) => `[전차 추진 계획] 사업 ${n}개`,
  previewDecisions: (n) => `[전차 결정사항] ${n}건`,
  previewKept: (names) => `이미 적혀 있어 그대로 둘 것: ${names}`,
  previewNoProgress: "(진행상황은 비워 둡니다)",
  confirmCarry: "회의정보에 넣기",
  cancel: "취소",
  carried: (p, d, sheet) => `'${sheet}' 시트에 사업 ${p}개, 결정사항 ${d}건을 넣었습니다. 진행상황을 확인·수정한 뒤 보고서를 만드세요.`,

  chartHeading: "집행 그림",
  quartersTitle: "예산 대비 분기별 집행",
  quartersLabel: (parts, remaining, budget) => `총 예산 ${budget} 중 ${parts}, 남은 예산 ${remaining}`,
  quarterPart: (q, amount, percent) => `${q}분기 ${amount}(${percent})`,
  remainingBudget: "남은 예산",
  linesTitle: "예산과목별 예산과 집행액",
  lineLabel: (name, executed, budget, ratio) => `${name}: 예산 ${budget} 중 ${executed} 집행, ${ratio}`,
  overBudget: "예산 초과",
};

const en: MinutesStrings = {
  previousHeading: "Previous minutes (section 2)",
  previousSource: (p) => {
    const from = (s: FollowUpFrom) => (s === "minutes" ? `the Q${p.quarter} minutes ('${p.minutesSheet}')` : `sheet '${p.meetingSheet}'`);
    const plans = p.plansFrom === "none" ? "no programs" : `${p.plans} programs from ${from(p.plansFrom)}`;
    const decisions = p.decisionsFrom === "none" ? "no decisions" : `${p.decisions} decisions${p.decisionsFrom === p.plansFrom ? "" : ` from ${from(p.decisionsFrom)}`}`;
    return `Section 2 will report ${plans} and ${decisions}.`;
  },
  previousNone: (sheet) => `There is no sheet '${sheet}' with the previous minutes, so section 2 will read '해당 없음' (none).`,
  carryButton: paneControls.carry.en,
  carryHelp: "Copies the programs the previous minutes planned, and their decisions, into [전차 추진 계획] and [전차 결정사항] on the meeting sheet. Rows already there are kept. Edit the progress afterwards.",
  carryNoMinutes: (sheet) => `There is no previous minutes sheet '${sheet}' to import from.`,
  carryOtherQuarter: (m, u) => `The meeting sheet is for ${m}, not the report quarter (${u}), so nothing is imported.`,
  carryNothingNew: "The previous minutes' programs and decisions are already on the meeting sheet.",
  previewTitle: (sheet, creates) => (creates ? `To go into a new sheet '${sheet}'` : `To go into sheet '${sheet}'`),
  previewPlans: (n) => `[전차 추진 계획]: ${n} programs`,
  previewDecisions: (n) => `[전차 결정사항]: ${n} decisions`,
  previewKept: (names) => `Already there, kept as written: ${names}`,
  previewNoProgress: "(progress left blank)",
  confirmCarry: "Add to the meeting sheet",
  cancel: "Cancel",
  carried: (p, d, sheet) => `Added ${p} programs and ${d} decisions to sheet '${sheet}'. Check and edit their progress, then generate the report.`,

  chartHeading: "Execution at a glance",
  quartersTitle: "Spending by quarter against the budget",
  quartersLabel: (parts, remaining, budget) => `Of the ${budget} budget: ${parts}; ${remaining} remaining`,
  quarterPart: (q, amount, percent) => `Q${q} ${amount} (${percent})`,
  remainingBudget: "Remaining",
  linesTitle: "Budget and spending by budget line",
  lineLabel: (name, executed, budget, ratio) => `${name}: ${executed} spent of ${budget}, ${ratio}`,
  overBudget: "over budget",
};

export const minutesStrings: Readonly<Record<Locale, MinutesStrings>> = { ko, en };
