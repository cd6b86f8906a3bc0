// Ribbon function commands (ExecuteFunction): 보고서 생성 (generateReport) and 데이터 검증
// (validateData). They work without the task pane: the result is a sheet the user is taken to —
// the new minutes, or the add-in's results sheet listing each problem with a link to its cell.
// event.completed() is always called, also after an error, or Excel keeps the button busy.

import { countErrors, type Issue, type Locale } from "../core/issues";
import { renderIssue } from "../core/messages";
import { planIssuesSheet } from "../core/plan/issues-sheet";
import type { HostError, WorkbookPort } from "../core/port";
import { hostErrorIssue, runReport, runValidationToSheet } from "../app/actions";
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

/** Korean unless Office's display language is English. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "ko";
}

function defaultDeps(): CommandDeps {
  return { port: new OfficePort(officeExcelHost()), locale: localeOf(Office.context.displayLanguage) };
}

/** 보고서 생성: report for the meeting sheet's quarter and as-of date (or the core's defaults). */
export function generateReport(event: CommandEvent, deps?: CommandDeps): Promise<CommandOutcome | undefined> {
  return runCommand(event, deps, async (d) => {
    const r = await runReport(d.port, { locale: d.locale });
    if (!r.ok) return reportHostError(d, r.error);
    if (r.value.ok) return { kind: "report", sheet: r.value.minutesSheet, message: words[d.locale].report(r.value.minutesSheet) };
    const errors = countErrors(r.value.issues);
    return { kind: "issues", sheet: r.value.issuesSheet, message: words[d.locale].notWritten(errors, r.value.issuesSheet ?? "") };
  });
}

/** 데이터 검증: the same checks; the results sheet is written (or refreshed) and shown. */
export function validateData(event: CommandEvent, deps?: CommandDeps): Promise<CommandOutcome | undefined> {
  return runCommand(event, deps, async (d) => {
    const r = await runValidationToSheet(d.port, { locale: d.locale });
    if (!r.ok) return reportHostError(d, r.error);
    const n = countErrors(r.value.issues);
    return { kind: "validated", sheet: r.value.issuesSheet, message: words[d.locale].validated(n, r.value.issuesSheet) };
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
 * and Excel itself shows that it is busy editing.
 */
async function reportHostError(d: CommandDeps, error: HostError): Promise<CommandOutcome> {
  const issue: Issue = hostErrorIssue(error);
  const { message } = renderIssue(issue, d.locale);
  if (error.code === "cell-edit-mode") return { kind: "host-error", message };
  const grid = await d.port.read();
  if (!grid.ok) return { kind: "host-error", message };
  const { plan, sheetName } = planIssuesSheet([issue], grid.value, d.locale);
  const w = await d.port.write(plan);
  return w.ok ? { kind: "host-error", sheet: sheetName, message } : { kind: "host-error", message };
}

const words = {
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
} as const;

// Registration inside Office only (the module is also imported by tests).
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    Office.actions.associate("generateReport", (event: CommandEvent) => void generateReport(event));
    Office.actions.associate("validateData", (event: CommandEvent) => void validateData(event));
  });
}
