// Program statuses as written in the center's sheets (완료, 진행중, 예정, 미실행, 기획중, 취소),
// their common variants ("진행 중", "추진완료") and English equivalents.

import { isErrorCell, type CellValue } from "../grid";
import type { ProgramStatus } from "../model";
import { err, ok, type Result } from "../result";
import { toHalfWidth } from "./text";

export type StatusProblem = "status-unknown" | "formula-error";

// Keys are lower-case with spaces, dashes, underscores and dots removed.
const STATUS: ReadonlyMap<string, ProgramStatus> = new Map<string, ProgramStatus>([
  ...["완료", "완료됨", "종료", "실행완료", "추진완료", "진행완료", "운영완료", "시행완료", "done", "completed", "complete", "finished"].map(
    (k) => [k, "done"] as const,
  ),
  ...["진행중", "진행", "추진중", "운영중", "실행중", "시행중", "제작중", "inprogress", "ongoing", "running", "active", "underway"].map(
    (k) => [k, "in-progress"] as const,
  ),
  ...["예정", "추진예정", "진행예정", "운영예정", "실행예정", "시행예정", "계획", "planned", "scheduled", "upcoming"].map(
    (k) => [k, "planned"] as const,
  ),
  ...["미실행", "미추진", "미진행", "미시행", "미운영", "미착수", "notstarted", "notdone", "notyetstarted", "pending"].map(
    (k) => [k, "not-started"] as const,
  ),
  ...["기획중", "기획", "준비중", "검토중", "계획중", "planning", "inplanning", "preparing", "beingplanned"].map(
    (k) => [k, "planning"] as const,
  ),
  ...["취소", "취소됨", "중단", "철회", "cancelled", "canceled", "dropped", "withdrawn"].map((k) => [k, "cancelled"] as const),
]);

function statusKey(text: string): string {
  return toHalfWidth(text).normalize("NFC").toLowerCase().replace(/[\s\-_.·]+/g, "");
}

/** Text → status; empty text is ok(null) (status not given). */
export function tryParseStatusText(text: string): Result<ProgramStatus | null, StatusProblem> {
  const key = statusKey(text);
  if (key === "") return ok(null);
  const s = STATUS.get(key);
  return s ? ok(s) : err("status-unknown");
}

/** A cell of a status column → status, or null for an empty cell. Never throws. */
export function tryParseStatus(v: CellValue): Result<ProgramStatus | null, StatusProblem> {
  if (v === null || v === undefined) return ok(null);
  if (typeof v === "string") return tryParseStatusText(v);
  if (isErrorCell(v)) return err("formula-error");
  return err("status-unknown");
}
