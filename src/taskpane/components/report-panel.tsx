// Generate the minutes report: one click, right under the ratios. Progress while it runs, then a
// result that says what was made and where it is — the sheets in this workbook (Excel), or the
// downloaded file and the sheets inside it (standalone). With validation errors nothing is
// written and the pane says so before the click. Below ExcelApi 1.20 it says first that Excel's
// undo may not take the report back in one step.

import { Button, Link, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { countErrors } from "../../core/issues/issue";
import type { Delivered, ReportStatus } from "../../session/state";
import type { StartMode } from "../bootstrap";
import { focusTarget } from "../focus";
import type { Strings } from "../i18n";
import { Section } from "./section";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  warn: { color: tokens.colorStatusDangerForeground1 },
  note: { color: tokens.colorNeutralForeground2 },
  result: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export interface ReportPanelProps {
  readonly mode: StartMode;
  readonly t: Strings;
  readonly state: ReportStatus;
  /** The failure in the user's words, when the report failed. */
  readonly failure: string | null;
  readonly disabled: boolean;
  /** Validation errors now: the report would be refused, so say so before the click. */
  readonly errorCount: number;
  /** Excel: whether Excel's undo takes a write back in one step (null: unknown, no note). */
  readonly excelUndo?: boolean | null;
  readonly onGenerate: () => void;
  readonly onGoToSheet: (sheet: string) => void;
}

export function ReportPanel({ mode, t, state, failure, disabled, errorCount, excelUndo = null, onGenerate, onGoToSheet }: ReportPanelProps) {
  const s = useStyles();
  const running = state.kind === "running";
  return (
    <Section id="report" title={t.reportHeading}>
      <div className={s.row}>
        {/* Focusable while disabled, so focus stays on the button while the report is made. */}
        <Button appearance="primary" size="large" onClick={onGenerate} disabledFocusable={disabled || running} data-testid="generate-report">
          {t.generateReport}
        </Button>
        {errorCount > 0 && state.kind !== "done" ? (
          <Text size={200} className={s.warn}>
            {t.errorsFirst(errorCount)} <Link href="#issues-heading">{t.toIssues}</Link>
          </Text>
        ) : null}
        {mode === "excel" && excelUndo === false && errorCount === 0 ? (
          <Text size={200} className={s.note} data-testid="excel-undo-report-note">
            {t.excelUndoReportNote}
          </Text>
        ) : null}
        {running ? (
          <>
            <Spinner size="tiny" label={t.generating} />
            <ProgressBar aria-label={t.generating} />
          </>
        ) : null}
        <div aria-live="polite">
          {state.kind === "failed" ? (
            <MessageBar intent="error" layout="multiline" className={s.result} tabIndex={-1} {...focusTarget("report-result")}>
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          ) : null}
          {state.kind === "done" ? <ReportResult mode={mode} t={t} done={state} onGoToSheet={onGoToSheet} /> : null}
        </div>
      </div>
    </Section>
  );
}

function ReportResult(props: { mode: StartMode; t: Strings; done: Extract<ReportStatus, { kind: "done" }>; onGoToSheet: (sheet: string) => void }) {
  const { mode, t, onGoToSheet } = props;
  const s = useStyles();
  const outcome = props.done.outcome;
  const done: Partial<Delivered> = props.done.delivered ?? {};
  if (!outcome.ok) {
    const errors = countErrors(outcome.issues);
    return (
      <MessageBar intent="error" layout="multiline" data-testid="report-blocked" className={s.result} tabIndex={-1} {...focusTarget("report-result")}>
        <MessageBarBody>
          {t.reportBlocked(errors)} <Link href="#issues-heading">{t.toIssues}</Link>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline" data-testid="report-done" className={s.result} tabIndex={-1} {...focusTarget("report-result")}>
      <MessageBarBody>
        {done.downloadName ? (
          <>
            <Text block>{t.reportDownloadedFile(done.downloadName, outcome.minutesSheet, outcome.summarySheet)}</Text>
            {done.downloadAgain ? (
              <Link as="button" onClick={done.downloadAgain}>
                {t.downloadAgain}
              </Link>
            ) : null}
          </>
        ) : (
          <Text block>{t.reportDoneExcel(outcome.minutesSheet, outcome.summarySheet)}</Text>
        )}
        {mode === "excel" ? (
          <Link as="button" onClick={() => onGoToSheet(outcome.minutesSheet)}>
            {t.goToSheet(outcome.minutesSheet)}
          </Link>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
