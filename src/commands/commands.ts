// Ribbon function commands (ExecuteFunction): 보고서 생성 (generateReport) and 데이터 검증
// (validateData). They work without the task pane: the result is a sheet the user is taken to —
// the new minutes, or the add-in's results sheet listing each problem with a link to its cell.
// event.completed() is always called, also after an error, or Excel keeps the button busy.

import { countErrors, hostErrorIssue } from "../core/issues/issue";
import { renderIssue } from "../core/issues/render";
import { pickLocale, type Locale } from "../core/locale";
import type { WorkbookPort } from "../core/port";
import { excelSession } from "../session/excel";
import type { SessionError } from "../session/state";
import type { WorkbookSession } from "../session/workbook-session";
import { officeExcelHost } from "../hosts/office/office-host";
import { OfficePort } from "../hosts/office/office-port";

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandDeps {
  readonly port: WorkbookPort;
  readonly locale: Locale;
  /** Where a one-line outcome goes (console in Office; tests capture it). */
  readonly log?: (line: string) => void;
}

export interface CommandOutcome {
  readonly kind: "report" | "issues" | "validated" | "host-error";
  /** The sheet shown to the user, if one was written. */
  readonly sheet?: string;
  readonly message: string;
}

function defaultDeps(): CommandDeps {
  return { port: new OfficePort(officeExcelHost()), locale: pickLocale(Office.context.displayLanguage) };
}

/** 보고서 생성: report for the meeting sheet's quarter and as-of date (or the core's defaults). */
export function generateReport(event: CommandEvent, deps?: CommandDeps): Promise<CommandOutcome | undefined> {
  return runCommand(event, deps, async (d) => {
    const session = excelSession(d.port);
    const planned = await session.generateReport();
    if (!planned.ok) return reportFailure(d, session, planned.error);
    // With validation errors the report is refused and the results sheet is delivered instead.
    const delivered = await session.deliverReport(planned.value, { resultsSheet: d.locale });
    if (!delivered.ok) return reportFailure(d, session, delivered.error);
    if (planned.value.ok) return { kind: "report", sheet: planned.value.minutesSheet, message: words[d.locale].report(planned.value.minutesSheet) };
    const errors = countErrors(planned.value.issues);
    const sheet = delivered.value.resultsSheet ?? "";
    return { kind: "issues", sheet, message: words[d.locale].notWritten(errors, sheet) };
  });
}

/** 데이터 검증: the same checks; the results sheet is written (or refreshed) and shown. */
export function validateData(event: CommandEvent, deps?: CommandDeps): Promise<CommandOutcome | undefined> {
  return runCommand(event, deps, async (d) => {
    const session = excelSession(d.port);
    const opened = await session.open();
    if (!opened.ok) return reportFailure(d, session, opened.error);
    const written = await session.writeResults(d.locale);
    if (!written.ok) return reportFailure(d, session, written.error);
    const n = countErrors(opened.value.analysis.issues);
    return { kind: "validated", sheet: written.value, message: words[d.locale].validated(n, written.value) };
  });
}

/** Runs one command body, logs its outcome line and always releases the ribbon button. */
async function runCommand(
  event: CommandEvent,
  deps: CommandDeps | undefined,
  body: (d: CommandDeps) => Promise<CommandOutcome>,
): Promise<CommandOutcome | undefined> {
  let outcome: CommandOutcome | undefined;
  try {
    const d = deps ?? defaultDeps();
    outcome = await body(d);
    (d.log ?? console.log)(outcome.message);
  } catch (e) {
    // A bug, not an Excel error: still release the button.
    console.error(e);
  } finally {
    event.completed();
  }
  return outcome;
}

/**
 * Excel refused (protected sheet, renamed sheet, payload, cell-edit mode...). The message goes to
 * the results sheet when Excel still lets us write one; in cell-edit mode nothing can be written,
 * and Excel itself shows that it is busy editing. A bug is thrown on, to be logged.
 */
async function reportFailure(d: CommandDeps, session: WorkbookSession, error: SessionError): Promise<CommandOutcome> {
  if (error.kind === "bug") throw new Error(error.message);
  const issue = hostErrorIssue(error.error);
  const { message } = renderIssue(issue, d.locale);
  if (error.error.code === "cell-edit-mode") return { kind: "host-error", message };
  const w = await session.writeResults(d.locale, [issue]);
  return w.ok ? { kind: "host-error", sheet: w.value, message } : { kind: "host-error", message };
}

const words: Record<Locale, { report(s: string): string; notWritten(n: number, s: string): string; validated(n: number, s: string): string }> = {
  ko: {
    report: (s: string) => `'${s}' 시트를 만들었습니다.`,
    notWritten: (n: number, s: string) => `오류 ${n}건이 있어 보고서를 만들지 않았습니다. '${s}' 시트를 확인하세요.`,
    validated: (n: number, s: string) => (n ? `오류 ${n}건: '${s}' 시트를 확인하세요.` : `오류가 없습니다. 결과는 '${s}' 시트에 있습니다.`),
  },
  en: {
    report: (s: string) => `Created sheet '${s}'.`,
    notWritten: (n: number, s: string) => `${n} errors, so no report was made. See sheet '${s}'.`,
    validated: (n: number, s: string) => (n ? `${n} errors: see sheet '${s}'.` : `No errors. The results are on sheet '${s}'.`),
  },
};

// Registration inside Office only (the module is also imported by tests).
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    Office.actions.associate("generateReport", (event: CommandEvent) => void generateReport(event));
    Office.actions.associate("validateData", (event: CommandEvent) => void validateData(event));
  });
}
