// What Excel's errors mean to the Office host: the user-facing HostError codes, which errors say
// "too large, try smaller", and which say "this call cannot be part of an undo group".
import type { HostError, HostErrorCode } from "../../core/port";
import type { XError } from "./excel-api";

/**
 * A request this big (bytes, estimated) that fails with a plain GeneralException is taken as too
 * large: Excel on the web often reports its 5 MB payload limits that way instead of by name. Below
 * it, a GeneralException is a real error and is reported, not retried.
 */
export const LARGE_REQUEST_BYTES = 1024 * 1024;

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadSizeLimitExceeded"]);

export function errorCode(e: unknown): string {
  const code = (e as XError | null | undefined)?.code;
  return typeof code === "string" ? code : "";
}

export function toHostError(e: unknown): HostError {
  const x = (e ?? {}) as XError;
  const code = errorCode(e);
  const detail = `${code ? `${code}: ` : ""}${x.message ?? String(e)}`;
  return { code: hostErrorCode(code), detail };
}

function hostErrorCode(code: string): HostErrorCode {
  if (PAYLOAD_CODES.has(code)) return "payload-too-large";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return "cell-edit-mode";
    case "ItemNotFound":
    case "InvalidReference":
      return "sheet-changed";
    case "AccessDenied":
      return "sheet-protected";
    case "ItemAlreadyExists":
      return "name-conflict";
    default:
      return "unknown";
  }
}

/**
 * True when Excel refused a request or its response for its size: the named codes always, a
 * GeneralException when the request was large (`bytes`: the estimated size of what was asked for,
 * request or response). The caller then retries in smaller pieces.
 */
export function isPayloadError(e: unknown, bytes = 0): boolean {
  const code = errorCode(e);
  return PAYLOAD_CODES.has(code) || (code === "GeneralException" && bytes >= LARGE_REQUEST_BYTES);
}

/** Inside Excel.run({ mergeUndoGroup: true }), a call without undo support throws this. */
export function isUndoNotSupported(e: unknown): boolean {
  return errorCode(e) === "UndoNotSupported";
}
