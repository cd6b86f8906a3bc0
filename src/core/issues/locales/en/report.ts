// The English catalog, part: the meeting sheet, report planning and the minutes' section 2.
import { meetingFieldLabel, meetingFieldList } from "../../../meeting/layout";
import type { Catalog } from "../../catalog";
import { paneName } from "../../words";

export const reportEn = {
  // --- filled by the meeting sheet and report planning ---
  "meeting-sheet-missing": {
    message: (p) => `No meeting sheet, so the minutes leave the date, place, attendees and discussion blank. Names looked for: ${p.names}`,
    hint: (p) =>
      p.shell === "cli"
        ? `Fill in a '회의정보' (Meeting) sheet, or the printed minutes by hand. The add-sheets command makes a copy with a blank meeting sheet added (the input file is unchanged).`
        : `Fill in a '회의정보' (Meeting) sheet, or the printed minutes by hand. The ${paneName("createSheets", "en")} button under 'Workbook status' in the task pane adds a blank one.`,
  },
  "meeting-field-missing": {
    message: (p) => `Sheet '${p.sheet}' has no ${meetingFieldLabel(p.field, "en")}; the minutes leave it blank.`,
    hint: (p) =>
      p.field === "attendees"
        ? `In the [참석자] table, write one person per row: '운영위원 | name' or '참관 | name'.`
        : `Put '${meetingFieldLabel(p.field, "ko")}' in column A and the value beside it in column B, or fill it in by hand after printing.`,
    place: "own",
  },
  "meeting-label-unknown": {
    message: (p) => `'${p.value}' is not a known item and was left out of the minutes.`,
    hint: () => `Check the label. Known items: ${meetingFieldList("en")}`,
  },
  "report-sheet-renamed": {
    message: (p) => `A sheet '${p.base}' already exists; it was kept and the new sheet is '${p.name}'.`,
    hint: (p) => (p.shell === "cli" ? `To replace the existing sheet instead, add --replace.` : `The existing sheet was kept; delete it if you no longer need it.`),
  },
  "report-sheet-replaced": {
    message: (p) => `The existing sheet '${p.name}' is replaced with the new one.`,
    hint: (p) => (p.shell === "cli" ? `Leave out --replace to keep it.` : `If you need the old sheet, restore it with Excel's undo or from a backup.`),
    place: "own",
  },
  "report-option-overrides-meeting": {
    message: (p) => `Used the given ${meetingFieldLabel(p.field, "en")} '${p.used}' instead of '${p.meetingValue}' from sheet '${p.sheet}'.`,
    hint: (p) =>
      p.shell === "cli" ? `Leave out --quarter/--as-of to use the meeting sheet's value.` : `To use the meeting sheet's value, press ${paneName("resetPeriod", "en")} under ${paneName("period", "en")} in the task pane.`,
    place: "own",
  },
  "meeting-other-quarter": {
    message: (p) =>
      `sheet '${p.sheet}' describes the ${p.meetingQuarter} meeting, so its ${p.fields} were not copied into the ${p.used} minutes; those places show the defaults or blanks.`,
    hint: (p) =>
      p.shell === "cli"
        ? `Leave out --quarter to use the meeting sheet's quarter, or change the meeting sheet's report quarter and contents to this quarter's meeting.`
        : `To report the meeting sheet's quarter, press ${paneName("resetPeriod", "en")} under ${paneName("period", "en")} in the task pane; or change the meeting sheet's report quarter and contents to this quarter's meeting.`,
    place: "own",
  },
  "report-no-figures": {
    message: () => `No figures could be computed, so no minutes were made.`,
    hint: (p) =>
      p.shell === "cli" ? `Fix the errors first; you can also give the year (--year 2024).` : `Fix the errors first; you can also enter the fiscal year under ${paneName("period", "en")} in the task pane.`,
  },
  // --- the minutes' section 2: last meeting's follow-up ---
  "minutes-carried": {
    message: (p) => {
      const from = (source: string) => (source === "minutes" ? `the Q${p.quarter} minutes ('${p.minutesSheet}')` : `sheet '${p.meetingSheet}'`);
      const plans = `${p.plans} program${p.plans === 1 ? "" : "s"}${p.plansFrom === "meeting" ? " ([전차 추진 계획])" : ""}`;
      const decisions = `${p.decisions} decision${p.decisions === 1 ? "" : "s"}`;
      const parts =
        p.plansFrom !== "none" && p.plansFrom === p.decisionsFrom
          ? [`${plans} and ${decisions} from ${from(p.plansFrom)}`]
          : [...(p.plansFrom !== "none" ? [`${plans} from ${from(p.plansFrom)}`] : []), ...(p.decisionsFrom !== "none" ? [`${decisions} from ${from(p.decisionsFrom)}`] : [])];
      const none = p.plansFrom === "none" ? " No programs to follow up." : p.decisionsFrom === "none" ? " No decisions to follow up." : "";
      return `Section 2 (previous minutes): carried ${parts.join(", ")}.${none}`;
    },
    hint: (p) =>
      p.shell === "cli"
        ? `To change the progress, run the carry command to copy them into [전차 추진 계획] and [전차 결정사항] on the meeting sheet, then edit them there; those tables come first.`
        : `To change the progress, use ${paneName("carry", "en")} in the task pane to copy them into [전차 추진 계획] and [전차 결정사항] on the meeting sheet, then edit them there; those tables come first.`,
    place: "own",
  },
  "minutes-previous-missing": {
    message: (p) =>
      `There is no sheet '${p.name}' with the previous (${p.quarter}) minutes, so section 2 shows ${p.parts === "both" ? "no programs and no decisions" : p.parts === "plans" ? "no programs" : "no decisions"} ('해당 없음').`,
    hint: (p) =>
      `Name last quarter's minutes sheet '${p.name}', or fill [전차 추진 계획] and [전차 결정사항] on the meeting sheet.${p.lookalikes ? ` Sheets that look like minutes: ${p.lookalikes}` : ""}`,
    place: "own",
  },
  "minutes-previous-several": {
    message: (p) => `Read sheet '${p.sheet}' as the previous minutes; the same quarter's minutes in ${p.others} were not read.`,
    hint: () => `To use another one, rename the sheets you do not want used, or fill the tables on the meeting sheet.`,
    place: "own",
  },
  "minutes-previous-unreadable": {
    message: (p) => `Sheet '${p.sheet}' has no '향후 추진 예정 사업' heading, so section 2 shows no previous plans.`,
    hint: () => `Check the '4. … 향후 추진 예정 사업' heading and the '- program' lines below it, or fill [전차 추진 계획] on the meeting sheet.`,
    place: "own",
  },
  "minutes-table-other-quarter": {
    message: (p) => `[전차 추진 계획] and [전차 결정사항] on sheet '${p.sheet}' belong to ${p.meetingQuarter}, so they were not used for the ${p.used} minutes.`,
    hint: () => `To use them for this quarter, change the report quarter on the meeting sheet.`,
    place: "own",
  },
  "minutes-plan-not-found": {
    message: (p) => `${p.count} previously planned program${p.count === 1 ? " is" : "s are"} not on the programs sheet, so their progress reads '미실행' (not carried out): ${p.names}`,
    hint: () => `Add them to the programs sheet under the same name, or write their progress in [전차 추진 계획] on the meeting sheet.`,
  },
  "minutes-decision-no-progress": {
    message: (p) => `${p.count} previous decision${p.count === 1 ? " has" : "s have"} no progress written, so the minutes list the decision alone.`,
    hint: (p) =>
      p.shell === "cli"
        ? `Run the carry command to copy them into [전차 결정사항] on the meeting sheet, then fill in the progress column.`
        : `Use ${paneName("carry", "en")} to copy them into [전차 결정사항] on the meeting sheet, then fill in the progress column.`,
  },
} satisfies Partial<Catalog>;
