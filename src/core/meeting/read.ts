// Reads the meeting sheet (회의정보 / Meeting; its layout in layout.ts) into MeetingInfo.
// Tolerant by design: labels in Korean or English, spaces/case/brackets ignored, any order.
// Missing information is never fatal: the minutes leave those places blank and a warning names
// each missing field. Nothing here throws on any cell content.

import { cellAddress } from "../address";
import { isDateCell, isErrorCell, type CellValue, type SheetGrid, type WorkbookGrid } from "../grid";
import type { Issue } from "../issues/issue";
import type { IsoDate, Quarter } from "../model";
import { cellText } from "../parse/cell";
import { tryParseDateCell } from "../parse/date";
import { tryParseQuarterText, tryParseReportQuarter } from "../parse/quarter";
import { readDateTime } from "./date-time";
import {
  labelKey,
  labelKeyWithoutNote,
  meetingFields,
  meetingSheetAliases,
  meetingTables,
  observerWords,
  programCategories,
  type MeetingFieldKey,
  type MeetingTableKey,
} from "./layout";
import type { Attendee, AttendeeRole, MeetingInfo, MeetingLayout, MeetingTablePlace } from "./model";

export interface MeetingReadResult {
  readonly meeting: MeetingInfo | null;
  readonly issues: Issue[];
}

const fieldByKey = new Map<string, MeetingFieldKey>();
for (const f of meetingFields) for (const s of [f.ko, f.en, ...f.synonyms]) fieldByKey.set(labelKey(s), f.key);

const tableByKey = new Map<string, MeetingTableKey>();
for (const t of meetingTables) for (const s of [t.ko, t.en, ...t.synonyms]) tableByKey.set(labelKey(s), t.key);

const observerKeys = new Set(observerWords.map(labelKey));
const categoryKeys = new Set(programCategories.map(labelKey));
const memberKeys = new Set(["운영위원", "위원", "위원장", "부위원장", "member", "members", "committee"].map(labelKey));

/** Rows of column A that are part of the sheet's own furniture, not data. */
const furniture = new Set(["항목", "item", "field", "label", "구분", ...meetingSheetAliases].map(labelKey));

/** A sheet name matches when equal to an alias after labelKey, ignoring a year and brackets around it. */
export function isMeetingSheetName(name: string): boolean {
  const key = labelKey(name).replace(/\(?(?:19|20)\d{2}(?:년도?)?\)?/g, "").replace(/[-_.]/g, "");
  return meetingSheetAliases.some((a) => labelKey(a) === key);
}

export function findMeetingSheet(grid: WorkbookGrid): SheetGrid | undefined {
  return grid.sheets.find((s) => isMeetingSheetName(s.name));
}

interface Draft {
  fields: Partial<Record<MeetingFieldKey, string[]>>;
  reportQuarter?: { year?: number; quarter: Quarter };
  asOf?: IsoDate;
  dateText?: string;
  date?: IsoDate;
  attendees: Attendee[];
  previousPlans: { category: string; name: string; progress: string }[];
  previousDecisions: { decision: string; progress: string }[];
  discussion: { speaker: string; text: string }[];
}

type Mode =
  | { kind: "none" }
  | { kind: "field"; key: MeetingFieldKey }
  | { kind: "table"; key: MeetingTableKey; headerPending: boolean };

export function readMeeting(grid: WorkbookGrid): MeetingReadResult {
  const sheet = findMeetingSheet(grid);
  const issues: Issue[] = [];
  if (!sheet) {
    issues.push({
      severity: "warning",
      code: "meeting-sheet-missing",
      params: { names: meetingSheetAliases.join(", ") },
    });
    return { meeting: null, issues };
  }

  const d: Draft = { fields: {}, attendees: [], previousPlans: [], previousDecisions: [], discussion: [] };
  let mode: Mode = { kind: "none" };
  const at = (r: number, c: number) => cellAddress(sheet.origin.row + r, sheet.origin.col + c);
  // Where each marked table is, so rows can be added to it later (carry.ts).
  const places: MeetingTablePlace[] = [];
  let open: { key: MeetingTableKey; marker: number; firstRow: number } | null = null;
  const close = (r: number) => {
    if (open) places.push({ ...open, end: sheet.origin.row + r });
    open = null;
  };

  sheet.values.forEach((row, r) => {
    const a = row[0] ?? null;
    const b = row[1] ?? null;
    // Column C is guidance beside fields; only a three-column table ([전차 추진 계획]) reads it.
    const threeColumns = mode.kind === "table" && isThreeColumn(mode.key);
    const c = threeColumns ? (row[2] ?? null) : null;
    for (const [col, v] of [[0, a], [1, b], [2, c]] as const) {
      if (isErrorCell(v)) issues.push({ severity: "warning", code: "formula-error", sheet: sheet.name, cell: at(r, col), value: v.code, params: {} });
    }
    const aText = plain(a);
    const bText = plain(b);
    const cText = plain(c);
    if (aText === "" && bText === "" && cText === "") return;
    // "기준일(집행액)": a field label with a note in brackets is that field.
    const bare = labelKeyWithoutNote(aText);
    const key = bare !== null && !fieldByKey.has(labelKey(aText)) && fieldByKey.has(bare) ? bare : labelKey(aText);

    // The row under a table's marker may be its header row, which may start with an empty 구분 cell.
    if (mode.kind === "table" && mode.headerPending) {
      mode.headerPending = false;
      if (isHeaderRow(mode.key, [aText, bText, cText])) {
        if (open) open.firstRow = sheet.origin.row + r + 1;
        return;
      }
    }

    if (aText !== "") {
      // In [전차 추진 계획] column A is a category, and "기타" is also a field label (기타사항): a
      // known category, or a row that fills the third column, stays in the table.
      if (mode.kind === "table" && mode.key === "previousPlans" && (cText !== "" || categoryKeys.has(key))) {
        addTableRow(d, mode.key, aText, bText, cText);
        return;
      }
      const table = tableByKey.get(key);
      if (table) {
        close(r);
        open = { key: table, marker: sheet.origin.row + r, firstRow: sheet.origin.row + r + 1 };
        mode = { kind: "table", key: table, headerPending: true };
        return;
      }
      // "회의장소: 교육장" written in one cell.
      const inline = /^([^:：]{1,20})[:：]\s*(.+)$/s.exec(aText);
      const fieldKey = fieldByKey.get(key) ?? (inline && bText === "" ? fieldOfLabel(inline[1]!) : undefined);
      if (fieldKey) {
        const value = fieldByKey.has(key) ? bText : inline![2]!.trim();
        const cell = fieldByKey.has(key) ? at(r, 1) : at(r, 0);
        setField(d, fieldKey, value, fieldByKey.has(key) ? b : value, sheet.name, cell, issues);
        close(r);
        mode = { kind: "field", key: fieldKey };
        return;
      }
      if (mode.kind === "table") {
        addTableRow(d, mode.key, aText, bText, cText);
        return;
      }
      // Attendees written as fields: "운영위원 | 조정옥, 김미선", "참관 | 김선경".
      if (observerKeys.has(key) || memberKeys.has(key)) {
        close(r);
        addTableRow(d, "attendees", aText, bText, "");
        mode = { kind: "table", key: "attendees", headerPending: false };
        return;
      }
      if (!furniture.has(key) && bText !== "") {
        issues.push({ severity: "info", code: "meeting-label-unknown", sheet: sheet.name, cell: at(r, 0), value: aText, params: {} });
      }
      close(r);
      mode = { kind: "none" };
      return;
    }

    // Column A empty: the value continues the field or table row above.
    if (mode.kind === "field") appendField(d, mode.key, bText);
    else if (mode.kind === "table") addTableRow(d, mode.key, "", bText, cText);
  });

  close(sheet.values.length);
  const layout: MeetingLayout = { origin: sheet.origin, rowCount: sheet.values.length, tables: places };
  const meeting = finish(sheet.name, d, layout);
  for (const field of ["dateTime", "place"] as const) {
    if (!d.fields[field]?.some((l) => l !== "")) issues.push({ severity: "warning", code: "meeting-field-missing", sheet: sheet.name, params: { field } });
  }
  if (!meeting.attendees.some((x) => x.role === "member")) {
    issues.push({ severity: "warning", code: "meeting-field-missing", sheet: sheet.name, params: { field: "attendees" } });
  }
  return { meeting, issues };
}

/** The field a label names, also with a note in brackets after it ("기준일(집행액)"). */
function fieldOfLabel(text: string): MeetingFieldKey | undefined {
  const bare = labelKeyWithoutNote(text);
  return fieldByKey.get(labelKey(text)) ?? (bare === null ? undefined : fieldByKey.get(bare));
}

/** A cell as text for the minutes: strings trimmed (inner newlines kept), numbers as written; formula errors and empty cells are "". */
export function plain(v: CellValue | undefined): string {
  if (v === null || v === undefined || isErrorCell(v)) return "";
  if (typeof v === "string") return v.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  return cellText(v).trim();
}

function isThreeColumn(table: MeetingTableKey): boolean {
  return meetingTables.find((t) => t.key === table)!.headers.length === 3;
}

/** A header row: the first non-empty cell is a header word of its column, and so is every other filled cell. */
function isHeaderRow(table: MeetingTableKey, texts: readonly string[]): boolean {
  const def = meetingTables.find((t) => t.key === table)!;
  const known = (col: number) => (def.headerSynonyms[col] ?? []).some((s) => labelKey(s) === labelKey(texts[col] ?? ""));
  const filled = texts.map((t, col) => ({ t, col })).filter((x) => x.t !== "" && x.col < def.headers.length);
  return filled.length > 0 && filled.every((x) => known(x.col)) && (texts[0] !== "" || filled.length > 1);
}

function setField(d: Draft, key: MeetingFieldKey, text: string, raw: CellValue, sheet: string, cell: string, issues: Issue[]): void {
  d.fields[key] = text === "" ? [] : [text];
  if (text === "" && !isDateCell(raw)) return;
  if (key === "reportQuarter") {
    const full = tryParseReportQuarter(text);
    if (full.ok) d.reportQuarter = full.value;
    else {
      const q = tryParseQuarterText(text);
      if (q.ok && q.value.quarters.length === 1) d.reportQuarter = { quarter: q.value.quarters[0]! };
      else issues.push({ severity: "warning", code: "quarter-invalid", sheet, cell, value: text, params: {} });
    }
  } else if (key === "asOf") {
    const r = tryParseDateCell(raw);
    if (r.ok) d.asOf = r.value;
    else if (r.error !== "formula-error") issues.push({ severity: "warning", code: "not-a-date", sheet, cell, value: text, params: {} });
  } else if (key === "dateTime") {
    const when = readDateTime(raw, text);
    d.dateText = when.text;
    if (when.date) d.date = when.date;
  }
}

function appendField(d: Draft, key: MeetingFieldKey, text: string): void {
  (d.fields[key] ??= []).push(text);
}

function splitNames(text: string): string[] {
  return text
    .split(/[,、，;；/\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function addTableRow(d: Draft, table: MeetingTableKey, a: string, b: string, c: string): void {
  if (table === "previousPlans") {
    // An empty 구분 repeats the one above (a category written once for its programs, or merged).
    const above = d.previousPlans[d.previousPlans.length - 1];
    if (b === "" && c === "") {
      // A category alone on its row heads the rows below it.
      if (a !== "") d.previousPlans.push({ category: a, name: "", progress: "" });
      return;
    }
    d.previousPlans.push({ category: a !== "" ? a : (above?.category ?? ""), name: b, progress: c });
  } else if (table === "attendees") {
    const previous = d.attendees[d.attendees.length - 1];
    const role: AttendeeRole =
      a === "" ? (previous?.role ?? "member") : [...observerKeys].some((k) => labelKey(a).includes(k)) ? "observer" : "member";
    // A row with a name but no role ("조정옥" alone in A) counts as a member.
    const names = b !== "" ? splitNames(b) : observerKeys.has(labelKey(a)) || memberKeys.has(labelKey(a)) ? [] : splitNames(a);
    for (const name of names) d.attendees.push({ name, role: b === "" ? "member" : role });
  } else if (table === "previousDecisions") {
    const last = d.previousDecisions[d.previousDecisions.length - 1];
    if (a === "" && last) last.progress = last.progress === "" ? b : `${last.progress}\n${b}`;
    else d.previousDecisions.push({ decision: a, progress: b });
  } else {
    const last = d.discussion[d.discussion.length - 1];
    if (a === "" && last) last.text = last.text === "" ? b : `${last.text}\n${b}`;
    else {
      // "조정옥: 발언" typed in one cell.
      const inline = b === "" ? /^([^:：]{1,12})[:：]\s*(.+)$/s.exec(a) : null;
      d.discussion.push(inline ? { speaker: inline[1]!.trim(), text: inline[2]!.trim() } : { speaker: a, text: b });
    }
  }
}

function finish(sheet: string, d: Draft, layout: MeetingLayout): MeetingInfo {
  const text = (k: MeetingFieldKey): string | undefined => {
    const lines = d.fields[k];
    if (!lines) return undefined;
    const joined = lines.join("\n").trim();
    return joined === "" ? undefined : joined;
  };
  const quarters: Partial<Record<Quarter, string>> = {};
  ([1, 2, 3, 4] as const).forEach((q) => {
    const who = text(`q${q}Reporter` as MeetingFieldKey);
    if (who) quarters[q] = who;
  });
  const opt = <K extends string, V>(k: K, v: V | undefined) => (v === undefined ? {} : ({ [k]: v } as Record<K, V>));
  const budgetComment = text("budgetComment")?.replace(/^\s*(?:→|->|=>)\s*/, "");
  return {
    sheet,
    ...opt("centerName", text("centerName")),
    ...opt("title", text("title")),
    ...opt("year", d.reportQuarter?.year),
    ...opt("quarter", d.reportQuarter?.quarter),
    ...opt("asOf", d.asOf),
    ...opt("dateText", d.dateText),
    ...opt("date", d.date),
    ...opt("place", text("place")),
    ...opt("agenda", text("agenda")),
    attendees: d.attendees,
    reporters: {
      ...opt("previousMinutes", text("previousReporter")),
      ...opt("budget", text("budgetReporter")),
      quarters,
    },
    ...opt("budgetComment", budgetComment),
    previousPlans: d.previousPlans.filter((x) => x.name !== ""),
    previousDecisions: d.previousDecisions.filter((x) => x.decision !== "" || x.progress !== ""),
    discussion: d.discussion.filter((x) => x.speaker !== "" || x.text !== ""),
    ...opt("decisions", text("decisions")),
    ...opt("requests", text("requests")),
    ...opt("otherMatters", text("otherMatters")),
    layout,
  };
}
