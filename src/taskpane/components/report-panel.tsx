// Generate the minutes report: progress while it runs, then a way to the new sheet (Excel) or
// the downloaded file (standalone). With validation errors nothing is written and we say why.

import { Button, Link, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { countErrors } from "../../core/issues/issue";
import type { Delivered, ReportStatus } from "../../session/state";
import type { StartMode } from "../bootstrap";
import type { Strings } from "../i18n";
import { Section } from "./section";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  warn: { color: tokens.colorStatusDangerForeground1 },
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
  readonly onGenerate: () => void;
  readonly onGoToSheet: (sheet: string) => void;
}

export function ReportPanel({ mode, t, state, failure, disabled, errorCount, onGenerate, onGoToSheet }: ReportPanelProps) {
  const s = useStyles();
  const running = state.kind === "running";
  return (
    <Section id="report" title={t.reportHeading}>
      <div className={s.row}>
        <Button appearance="primary" size="large" onClick={onGenerate} disabled={disabled || running} data-testid="generate-report">
          {t.generateReport}
        </Button>
        {errorCount > 0 && state.kind !== "done" ? (
          <Text size={200} className={s.warn}>
            {t.errorsFirst(errorCount)} <Link href="#issues-heading">{t.toIssues}</Link>
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
            <MessageBar intent="error">
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
  const outcome = props.done.outcome;
  const done: Partial<Delivered> = props.done.delivered ?? {};
  if (!outcome.ok) {
    const errors = countErrors(outcome.issues);
    return (
      <MessageBar intent="error" data-testid="report-blocked">
        <MessageBarBody>{t.reportBlocked(errors)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline" data-testid="report-done">
      <MessageBarBody>
        <Text block>{t.reportDone(outcome.minutesSheet)}</Text>
        {mode === "excel" ? (
          <Link as="button" onClick={() => onGoToSheet(outcome.minutesSheet)}>
            {t.goToSheet(outcome.minutesSheet)}
          </Link>
        ) : null}
        {done.downloadName ? (
          <>
            <Text block>{t.reportDownloaded(done.downloadName)}</Text>
            {done.downloadAgain ? (
              <Link as="button" onClick={done.downloadAgain}>
                {t.downloadAgain}
              </Link>
            ) : null}
          </>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
