// The task pane: a view of one workbook session (src/session). It renders the session's state and
// calls its named actions; it holds no workbook state of its own. Everything it shows comes from
// the one analysis the session made of the last read (figures, issues, fixes, missing sheets),
// so a paste is read, analysed and rendered once. Writes happen only on the user's request.

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { countErrors, hostErrorIssue } from "../core/issues/issue";
import { renderIssue } from "../core/issues/render";
import type { Locale } from "../core/locale";
import type { HostError } from "../core/port";
import type { SessionError } from "../session/state";
import { carryPreview, type WorkbookSession } from "../session/workbook-session";
import type { StartMode } from "./bootstrap";
import { strings, type Strings } from "./i18n";
import { generateAndDeliver } from "./pane-actions";
import { FiguresPanel } from "./components/figures-panel";
import { FixesPanel } from "./components/fixes-panel";
import { IssuesPanel } from "./components/issues-panel";
import { OpenPanel } from "./components/open-panel";
import { PeriodPanel } from "./components/period-panel";
import { ReportPanel } from "./components/report-panel";
import { StatusPanel } from "./components/status-panel";
import { ExecutionChart } from "./components/execution-chart";
import { minutesStrings } from "./components/minutes-strings";
import { PreviousMinutesPanel } from "./components/previous-minutes-panel";
import { ReadingPanel } from "./components/reading-panel";
import { readingStrings } from "./reading-strings";
import { SETTINGS_SHEET_EN, SETTINGS_SHEET_KO } from "../core/read/settings";

export interface AppProps {
  /** The workbook session: the one open in Excel, or (standalone) files the user opens. */
  readonly session: WorkbookSession;
  readonly locale: Locale;
  /** Called once the pane is interactive. */
  readonly onReady?: () => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
    marginInline: "auto",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    // Korean wraps between words, not inside them ("집행률" stays whole); long tokens still break.
    wordBreak: "keep-all",
    overflowWrap: "anywhere",
  },
  title: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  banner: { marginBottom: tokens.spacingVerticalS },
});

/** A host failure in the user's words, from the catalog ("host-…" codes): what happened and what to do. */
export function hostErrorMessage(error: HostError, locale: Locale): string {
  const { message, hint } = renderIssue(hostErrorIssue(error), locale);
  return hint ? `${message} ${hint}` : message;
}

/** A session's failure as the pane says it. */
export function errorMessage(error: SessionError, locale: Locale, t: Strings): string {
  return error.kind === "host" ? hostErrorMessage(error.error, locale) : t.unexpected(error.message);
}

export function App(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} lang={props.locale}>
      <TaskPane {...props} />
    </FluentProvider>
  );
}

function TaskPane({ session, locale, onReady }: AppProps) {
  const s = useStyles();
  const t = strings[locale];
  const mode: StartMode = session.mode === "excel" ? "excel" : "standalone";
  const state = useSyncExternalStore(session.subscribe, session.getState);
  /** The pane's own refusal (a file that is not .xlsx), before the session is asked. */
  const [refusal, setRefusal] = useState<string | null>(null);
  const readySent = useRef(false);

  const markReady = useCallback(() => {
    if (readySent.current) return;
    readySent.current = true;
    onReady?.();
  }, [onReady]);

  // Inside Excel: read at start and keep the issue list current while the user edits or pastes.
  // Standalone is interactive as soon as the open panel is on screen.
  useEffect(() => {
    if (mode !== "excel") {
      markReady();
      return;
    }
    void session.open().finally(markReady);
    return session.watchChanges();
  }, [session, mode, markReady]);

  const loaded = state.loaded;
  const analysis = loaded?.analysis ?? null;
  const issues = analysis?.issues ?? [];
  const figures = analysis?.figures ?? null;
  const opening = state.working === "open";
  const busy = state.working !== null && !opening;
  const error = refusal ?? (state.error ? errorMessage(state.error, locale, t) : null);
  const canDownloadCopy = mode === "standalone";
  const select = (sheet: string, cell: string | undefined) => void session.selectCell(sheet, cell ?? "A1");
  const downloadCopy = () => void session.downloadCopy();
  const open = (source: Parameters<WorkbookSession["open"]>[0]) => {
    setRefusal(null);
    void session.open(source);
  };
  const period = analysis?.period ?? null;
  const chosen = state.choice.period ?? {};
  const mt = minutesStrings[locale];
  const carry = useMemo(() => (loaded ? carryPreview(loaded) : null), [loaded]);

  return (
    <main className={s.root} data-testid="taskpane">
      <h1 className={s.title}>{t.appTitle}</h1>
      {mode === "standalone" ? (
        <MessageBar intent="info" layout="multiline" className={s.banner} data-testid="standalone-banner">
          <MessageBarBody>
            <MessageBarTitle>{t.standaloneTitle}</MessageBarTitle>
            {loaded ? t.standaloneShort : t.standaloneBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? (
        <MessageBar intent="error" layout="multiline" className={s.banner} role="alert">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            {mode === "excel" && !loaded ? (
              <Button size="small" onClick={() => void session.open()} disabled={busy}>
                {t.reload}
              </Button>
            ) : null}
            <Button
              size="small"
              onClick={() => {
                setRefusal(null);
                session.dismissError();
              }}
            >
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {mode === "standalone" ? (
        <OpenPanel
          t={t}
          busy={opening}
          fileName={state.name}
          onFile={(file) => {
            if (!/\.xlsx$/i.test(file.name)) setRefusal(t.notXlsx(file.name));
            else open({ kind: "file", name: file.name, bytes: () => file.arrayBuffer() });
          }}
          onSample={() => open({ kind: "sample" })}
        />
      ) : null}
      {mode === "excel" && !loaded && !error ? <Spinner label={t.loadingWorkbook} /> : null}
      {loaded && analysis ? (
        <>
          <FiguresPanel figures={figures} locale={locale} t={t} errorCount={countErrors(issues)} />
          <ReportPanel
            mode={mode}
            t={t}
            state={state.report}
            failure={state.report.kind === "failed" ? errorMessage(state.report.error, locale, t) : null}
            disabled={busy}
            errorCount={countErrors(issues)}
            onGenerate={() => void generateAndDeliver(session)}
            onGoToSheet={(sheet) => select(sheet, "A1")}
          />
          <PreviousMinutesPanel
            t={mt}
            followUp={analysis.followUp}
            meetingSheet={analysis.meeting?.sheet ?? null}
            preview={carry}
            carried={state.carried}
            busy={busy}
            onCarry={() => void session.carryPrevious()}
            download={canDownloadCopy ? { hint: t.downloadCopyHelp, label: t.downloadCopy, onClick: downloadCopy } : undefined}
          />
          {figures ? <ExecutionChart figures={figures} t={mt} /> : null}
          <PeriodPanel
            period={{ year: figures?.year ?? chosen.year, quarter: figures?.quarter ?? chosen.quarter, asOf: figures?.asOf ?? chosen.asOf }}
            fromMeeting={period !== null && (period.source.quarter === "meeting" || period.source.asOf === "meeting")}
            t={t}
            onChange={(patch) => session.setPeriod(patch)}
          />
          <FixesPanel
            fixes={analysis.fixes}
            t={t}
            busy={busy}
            onApply={(list) => void session.applyFixes(list)}
            undo={state.undo ? { count: state.undo.length } : null}
            onUndo={() => void session.undoFixes()}
            notice={state.fixNotice ? (state.fixNotice.kind === "applied" ? t.fixesApplied(state.fixNotice.count) : t.undone(state.fixNotice.count)) : null}
            onDownloadCopy={canDownloadCopy ? downloadCopy : undefined}
          />
          <IssuesPanel
            issues={issues}
            locale={locale}
            t={t}
            notice={state.changed ? t.updatedAfterChange : null}
            selectError={state.selectFailed ? t.selectFailed : null}
            onSelect={mode === "excel" ? (issue) => select(issue.sheet!, issue.cell) : undefined}
          />
          <ReadingPanel
            recognized={analysis.recognized}
            t={readingStrings[locale]}
            settingsSheet={analysis.readingSettings?.sheet ?? (locale === "ko" ? SETTINGS_SHEET_KO : SETTINGS_SHEET_EN)}
            savedTo={state.readingSettingsWritten}
            busy={busy}
            onChange={(change) => void session.setReadingChoice(change, locale)}
            onSelect={mode === "excel" ? select : undefined}
            onDownloadCopy={canDownloadCopy ? downloadCopy : undefined}
          />
          <StatusPanel
            recognized={analysis.recognized}
            meetingSheet={analysis.meeting?.sheet}
            t={t}
            busy={busy}
            templateSheets={analysis.missingTemplateSheets.map((x) => x.name)}
            onCreateTemplate={() => void session.createTemplate()}
            actions={
              <Button size="small" appearance="subtle" onClick={() => void session.reload()} disabled={busy}>
                {t.reload}
              </Button>
            }
          />
          {state.templateWritten ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {state.templateWritten.length > 0 ? t.templateCreated(state.templateWritten.join(", ")) : t.templateNothing}
                {canDownloadCopy ? ` ${t.downloadCopyHelp}` : null}
              </MessageBarBody>
              {canDownloadCopy ? (
                <MessageBarActions>
                  <Button size="small" onClick={downloadCopy} disabled={busy}>
                    {t.downloadCopy}
                  </Button>
                </MessageBarActions>
              ) : null}
            </MessageBar>
          ) : null}
        </>
      ) : null}
    </main>
  );
}
