// The meeting sheet (회의정보 / Meeting): what the minutes need that no ledger holds.
// Shared by the reader (read.ts), the blank template (plan/meeting-template.ts) and the sample.
//
// Format: labels in column A, values in column B; a value may continue on the following rows
// with column A left empty (one line per row). Repeating parts are small two-column tables,
// each introduced by a marker row (its name in column A, e.g. "[참석자]") and an optional
// header row; a table runs until the next marker or field label. Labels match ignoring spaces,
// case, brackets and a trailing colon, in Korean or English, in any order.

/** Sheet names the meeting sheet is found by (compared like labels). */
export const meetingSheetAliases: readonly string[] = ["회의정보", "회의", "회의록정보", "운영위원회", "Meeting", "Meeting info"];

export type MeetingFieldKey =
  | "centerName"
  | "title"
  | "reportQuarter"
  | "asOf"
  | "dateTime"
  | "place"
  | "agenda"
  | "previousReporter"
  | "budgetReporter"
  | "budgetComment"
  | "q1Reporter"
  | "q2Reporter"
  | "q3Reporter"
  | "q4Reporter"
  | "decisions"
  | "requests"
  | "otherMatters";

export interface MeetingFieldDef {
  readonly key: MeetingFieldKey;
  /** The label the template writes. */
  readonly ko: string;
  readonly en: string;
  /** Other spellings accepted in column A. */
  readonly synonyms: readonly string[];
  /** What the template shows in column C as guidance. */
  readonly guide: string;
}

export const meetingFields: readonly MeetingFieldDef[] = [
  { key: "centerName", ko: "센터명", en: "Center", synonyms: ["기관명", "센터", "Center name", "Organization"], guide: "예: 용산구사회적경제 통합지원센터" },
  { key: "title", ko: "회의명", en: "Meeting name", synonyms: ["회의 이름", "Title", "Meeting"], guide: "비우면 '{센터명} {연도}년 {분기}분기 운영위원회'" },
  { key: "reportQuarter", ko: "보고분기", en: "Report quarter", synonyms: ["분기", "보고 분기", "대상분기", "Quarter"], guide: "예: 2024년 2분기, 2024Q2" },
  { key: "asOf", ko: "기준일", en: "As of", synonyms: ["집행기준일", "기준일자", "As-of date", "As of date"], guide: "집행액 기준일. 비우면 분기 말일. 예: 2024-05-24" },
  { key: "dateTime", ko: "회의일시", en: "Date and time", synonyms: ["일시", "회의일자", "회의 날짜", "Date", "Meeting date"], guide: "예: 2024년 6월 4일 16시" },
  { key: "place", ko: "회의장소", en: "Place", synonyms: ["장소", "Location", "Venue"], guide: "예: 센터 교육장" },
  { key: "agenda", ko: "회의안건", en: "Agenda", synonyms: ["안건"], guide: "비우면 분기로부터 자동 작성" },
  { key: "previousReporter", ko: "전차 회의록 보고자", en: "Previous minutes reporter", synonyms: ["전차보고자", "전차 회의록 보고", "Previous minutes"], guide: "2. 전차 회의록 보고를 한 사람" },
  { key: "budgetReporter", ko: "예산 보고자", en: "Budget reporter", synonyms: ["예산보고", "Budget report"], guide: "3. 1) 예산 보고를 한 사람" },
  { key: "budgetComment", ko: "예산 의견", en: "Budget comment", synonyms: ["예산 코멘트", "집행률 의견", "예산 비고", "Budget note"], guide: "예산 보고 아래 '→' 줄로 들어갈 설명" },
  { key: "q1Reporter", ko: "1분기 사업 보고자", en: "Q1 programs reporter", synonyms: ["1분기 보고자", "Q1 reporter"], guide: "1분기 추진 사업을 보고한 사람" },
  { key: "q2Reporter", ko: "2분기 사업 보고자", en: "Q2 programs reporter", synonyms: ["2분기 보고자", "Q2 reporter"], guide: "2분기 추진 사업을 보고한 사람" },
  { key: "q3Reporter", ko: "3분기 사업 보고자", en: "Q3 programs reporter", synonyms: ["3분기 보고자", "Q3 reporter"], guide: "3분기 추진 사업을 보고한 사람" },
  { key: "q4Reporter", ko: "4분기 사업 보고자", en: "Q4 programs reporter", synonyms: ["4분기 보고자", "Q4 reporter"], guide: "4분기 추진 사업을 보고한 사람" },
  { key: "decisions", ko: "결정사항", en: "Decisions", synonyms: ["결정 사항", "의결사항", "Resolutions"], guide: "이번 회의의 결정사항 (여러 줄은 아래 행 B열에 이어서)" },
  { key: "requests", ko: "요청사항", en: "Requests", synonyms: ["요청 사항", "건의사항"], guide: "이번 회의의 요청사항" },
  { key: "otherMatters", ko: "기타사항", en: "Other matters", synonyms: ["기타 사항", "기타", "Other", "Misc"], guide: "그 밖의 사항" },
];

export type MeetingTableKey = "attendees" | "previousPlans" | "previousDecisions" | "discussion";

export interface MeetingTableDef {
  readonly key: MeetingTableKey;
  /** The marker the template writes in column A (shown with brackets). */
  readonly ko: string;
  readonly en: string;
  readonly synonyms: readonly string[];
  /** Column headers the template writes under the marker (A, B, and C for a three-column table). */
  readonly headers: readonly [string, string] | readonly [string, string, string];
  /** Header words recognised in the optional header row, per column. */
  readonly headerSynonyms: readonly (readonly string[])[];
  readonly guide: string;
}

export const meetingTables: readonly MeetingTableDef[] = [
  {
    key: "attendees",
    ko: "참석자",
    en: "Attendees",
    synonyms: ["참석인원", "참석", "참석자 명단", "출석", "Attendance", "Participants"],
    headers: ["구분", "이름"],
    headerSynonyms: [["구분", "역할", "Role"], ["이름", "성명", "Name", "Names"]],
    guide: "구분은 운영위원 또는 참관. 한 행에 한 사람 (쉼표로 여러 명도 가능)",
  },
  {
    // Last meeting's 향후 추진 예정 사업 and their progress now: section 2's first part. Filled by
    // hand or by "전차 회의록에서 가져오기"; when it has rows it comes before the previous minutes.
    key: "previousPlans",
    ko: "전차 추진 계획",
    en: "Previous plans",
    synonyms: ["전차 추진계획", "전차 추진 사업", "전차 계획", "지난 회의 추진 계획", "이전 추진 계획", "Previous meeting plans"],
    headers: ["구분", "사업", "진행상황"],
    headerSynonyms: [["구분", "분야", "영역", "Category"], ["사업", "사업명", "Program"], ["진행상황", "진행 상황", "진행", "Progress", "Status"]],
    guide: "지난 회의록의 향후 추진 예정 사업과 지금의 진행 상황. 진행상황을 비우면 사업현황 시트의 상태·비고를 씁니다",
  },
  {
    key: "previousDecisions",
    ko: "전차 결정사항",
    en: "Previous decisions",
    synonyms: ["전차 결정사항 진행", "이전 결정사항", "지난 회의 결정사항", "전차결정", "Previous meeting decisions"],
    headers: ["결정사항", "진행상황"],
    headerSynonyms: [["결정사항", "결정 사항", "Decision"], ["진행상황", "진행 상황", "진행", "Progress", "Status"]],
    guide: "지난 회의의 결정사항과 그 진행 상황",
  },
  {
    key: "discussion",
    ko: "기타 논의",
    en: "Discussion",
    synonyms: ["기타 논의 사항", "기타논의사항", "논의사항", "논의 사항", "논의", "발언", "Other discussion", "Remarks"],
    headers: ["발언자", "발언 내용"],
    headerSynonyms: [["발언자", "이름", "Speaker", "Name"], ["발언 내용", "발언", "내용", "Remark", "Remarks", "Text"]],
    guide: "발언 순서대로 한 행에 한 발언",
  },
];

/** The center's program categories, in the order the minutes list them (기타 last). */
export const programCategories: readonly string[] = ["전략수립 및 조사", "주체발굴 및 성장지원", "거버넌스 구축", "의제발굴 및 기획사업", "기타"];

/** Attendee roles: 운영위원 (committee member) or 참관 (observer). */
export const observerWords: readonly string[] = ["참관", "참관인", "참관자", "observer", "observers", "guest"];

/** How labels compare: NFC, no spaces, brackets or trailing colon, lower case. */
export function labelKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/^[[(<【〈「]+|[\])>】〉」]+$/g, "")
    .replace(/[:：]+$/, "")
    .toLowerCase();
}

/**
 * A label with a note in brackets after it ("기준일(집행액)", "회의장소 [필수]") as the label
 * alone, for a second look when the whole label is not known; null when there is no such note.
 */
export function labelKeyWithoutNote(text: string): string | null {
  const t = text.normalize("NFC").trim().replace(/[:：]+$/, "").trim();
  const bare = t.replace(/(?:\s*(?:\([^()]*\)|\[[^[\]]*\]|（[^（）]*）))+$/, "");
  return bare !== t && labelKey(bare) !== "" ? labelKey(bare) : null;
}

const extraLabels: Readonly<Record<string, { readonly ko: string; readonly en: string }>> = {
  attendees: { ko: "참석자(운영위원)", en: "attendees (committee members)" },
  year: { ko: "연도", en: "year" },
};

/** The label of a field key for messages; unknown keys are shown as they are. */
export function meetingFieldLabel(key: string | number | undefined, locale: "ko" | "en"): string {
  const k = String(key ?? "");
  const f = meetingFields.find((x) => x.key === k) ?? extraLabels[k];
  return f ? (locale === "ko" ? f.ko : f.en) : k;
}

export function meetingFieldList(locale: "ko" | "en"): string {
  return [...meetingFields.map((f) => (locale === "ko" ? f.ko : f.en)), ...meetingTables.map((t) => `[${locale === "ko" ? t.ko : t.en}]`)].join(", ");
}
