// The task pane: a view of one workbook session (src/session). It renders the session's state and
// calls its named actions; it holds no workbook state of its own. Everything it shows comes from
// the one analysis the session made of the last read (figures, issues, fixes, missing sheets),
// so a paste is read, analysed and rendered once. Writes happen only on the user's request.
//
// Order, for a 320–350 px pane: the ratios (alarms first), 보고서 생성 within the first screen, then
// the folded line table, the period, fixes, the check results and the workbook's status. After
// every action focus lands somewhere sensible (focus.ts); standalone, no change is lost without a
// question (open-guard.ts).

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Cause } from "../core/issues/causes";
import { countErrors, hostErrorIssue, issueCounts, type Issue } from "../core/issues/issue";
import { renderIssue } from "../core/issues/render";
import type { Locale } from "../core/locale";
import type { HostError } from "../core/port";
import type { SessionError } from "../session/state";
import type { WorkbookSession } from "../session/workbook-session";
import type { StartMode } from "./bootstrap";
import { useDialogMount, useFocusRequest } from "./focus";
import { strings, type Strings } from "./i18n";
import { useOpenGuard } from "./open-guard";
import { generateAndDeliver } from "./pane-actions";
import { FiguresPanel } from "./components/figures-panel";
import { FixesPanel } from "./components/fixes-panel";
import { IssuesPanel } from "./components/issues-panel";
import { LinesPanel } from "./components/lines-panel";
import { OpenPanel } from "./components/open-panel";
import { PeriodPanel } from "./components/period-panel";
import { ReportPanel } from "./components/report-panel";
import { StatusPanel } from "./components/status-panel";
import { UnsavedDialog } from "./components/unsaved-dialog";
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

// The page is the pane: no browser margin around it (16 px of a 320 px pane).
const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

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
    // Korean wraps between words, never inside one ("전략수/립" at 320 px); a word longer than
    // the line (a long file name) still breaks rather than overflow.
    wordBreak: "keep-all",
    overflowWrap: "break-word",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  banner: { marginBottom: tokens.spacingVerticalS },
  announce: { color: tokens.colorNeutralForeground2 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/** A host failure in the user's words, from the catalog ("host-…" codes): what happened and what to do. */
export function hostErrorMessage(error: HostError, locale: Locale): string {
  const { message, hint } = renderIssue(hostErrorIssue(error), locale, { shell: "pane" });
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
  usePageStyles();
  const s = useStyles();
  const t = strings[locale];
  const mode: StartMode = session.mode === "excel" ? "excel" : "standalone";
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const root = useRef<HTMLElement>(null);
  const requestFocus = useFocusRequest(root);
  /** The pane's own message (a file that is not .xlsx, or could not be opened), before or beside the session's. */
  const [refusal, setRefusal] = useState<string | null>(null);
  /** An issue an alarm asked to show in the check results. */
  const [reveal, setReveal] = useState<{ issue: Issue; seq: number } | null>(null);
  /** What the last 다시 검사 found, said beside the button. */
  const [rechecked, setRechecked] = useState<string | null>(null);
  /** Standalone: the name the copy was last downloaded as. */
  const [downloaded, setDownloaded] = useState<string | null>(null);
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

  const onOpenFailed = useCallback(
    (name: string) => {
      const e = session.getState().error;
      setRefusal(t.openFailed(name, e ? errorMessage(e, locale, t) : ""));
      session.dismissError();
    },
    [session, locale, t],
  );
  const guard = useOpenGuard({ session, unsaved: state.unsaved, requestFocus, onOpenFailed });
  const unsavedDialog = useDialogMount(guard.pending !== null);

  const loaded = state.loaded;
  const analysis = loaded?.analysis ?? null;
  const issues = analysis?.issues ?? [];
  const figures = analysis?.figures ?? null;
  const errors = countErrors(issues);
  const causes = analysis?.causes ?? [];
  const opening = state.working === "open";
  const busy = state.working !== null && !opening;
  const error = refusal ?? (state.error ? errorMessage(state.error, locale, t) : null);
  const select = (sheet: string, range: string) => void session.selectCell(sheet, range);
  const downloadCopy = () =>
    void session.downloadCopy().then((r) => {
      if (!r.ok) return;
      setDownloaded(r.value);
      requestFocus("copy-result");
    });
  const recheck = () =>
    void session.reload().then((r) => {
      if (!r.ok) return;
      const c = issueCounts(r.value.analysis.issues);
      setRechecked(t.rechecked(c.error, c.warning, c.info));
    });
  const onCause = (cause: Cause) => {
    void session.setPeriod({ year: cause.action.year });
    requestFocus("issues-summary");
  };
  const period = analysis?.period ?? null;
  const chosen = state.choice.period ?? {};
  const mt = minutesStrings[locale];
  const carry = loaded?.carry ?? null;

  return (
    <main className={s.root} data-testid="taskpane" ref={root}>
      <div className={s.header}>
        <h1 className={s.title}>{t.appTitle}</h1>
        {mode === "excel" && loaded ? (
          // Edits that raise no change event (formula results, refreshed data) need a visible way to
          // re-read. Its help is its description (and the mouse's title): no tooltip code to load.
          <>
            <Button size="small" onClick={recheck} disabledFocusable={busy} data-testid="recheck" title={t.recheckHelp} aria-describedby="recheck-help">
              {t.recheck}
            </Button>
            <span id="recheck-help" className={s.hidden}>
              {t.recheckHelp}
            </span>
          </>
        ) : null}
      </div>
      <div aria-live="polite">
        {rechecked && mode === "excel" ? (
          <Text size={200} className={s.announce} block data-testid="rechecked">
            {rechecked}
          </Text>
        ) : null}
      </div>
      {mode === "standalone" && !loaded ? (
        <MessageBar intent="info" layout="multiline" className={s.banner} data-testid="standalone-banner">
          <MessageBarBody>
            <strong>{t.standaloneTitle}.</strong> {t.standaloneBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? (
        <MessageBar intent="error" layout="multiline" className={s.banner} role="alert">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            {mode === "excel" && !loaded ? (
              <Button size="small" onClick={() => void session.open()} disabledFocusable={busy}>
                {t.recheck}
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
            setRefusal(null);
            if (!/\.xlsx$/i.test(file.name)) setRefusal(t.notXlsx(file.name));
            else guard.requestOpen({ kind: "file", name: file.name, bytes: () => file.arrayBuffer() }, file.name);
          }}
          onSample={() => {
            setRefusal(null);
            guard.requestOpen({ kind: "sample" }, `${t.sampleBaseName}.xlsx`);
          }}
          unsaved={state.unsaved}
          onDownloadCopy={downloadCopy}
          downloaded={downloaded}
        />
      ) : null}
      {mode === "excel" && !loaded && !error ? <Spinner label={t.loadingWorkbook} /> : null}
      {loaded && analysis ? (
        <>
          <FiguresPanel figures={figures} locale={locale} t={t} errorCount={errors} issues={issues} onReveal={(issue) => setReveal((r) => ({ issue, seq: (r?.seq ?? 0) + 1 }))} />
          <ReportPanel
            mode={mode}
            t={t}
            state={state.report}
            failure={state.report.kind === "failed" ? errorMessage(state.report.error, locale, t) : null}
            disabled={busy}
            errorCount={errors}
            excelUndo={state.excelUndo}
            onGenerate={() => void generateAndDeliver(session).then(() => requestFocus("report-result"))}
            onGoToSheet={(sheet) => select(sheet, "A1")}
          />
          {figures ? <LinesPanel figures={figures} t={t} /> : null}
          {figures ? <ExecutionChart figures={figures} t={mt} money={t.money} /> : null}
          <PreviousMinutesPanel
            t={mt}
            followUp={analysis.followUp}
            meetingSheet={analysis.meeting?.sheet ?? null}
            preview={carry}
            carried={state.carried}
            busy={busy}
            onCarry={() => void session.carryPrevious()}
            download={mode === "standalone" && state.unsaved ? { hint: t.downloadCopyHelp, label: t.downloadCopy, onClick: downloadCopy } : undefined}
          />
          <PeriodPanel
            period={{ year: figures?.year ?? chosen.year, quarter: figures?.quarter ?? chosen.quarter, asOf: figures?.asOf ?? chosen.asOf }}
            fromMeeting={period !== null && (period.source.quarter === "meeting" || period.source.asOf === "meeting")}
            t={t}
            onChange={(patch) => void session.setPeriod(patch)}
            chosen={Object.keys(chosen).length > 0}
            hasMeetingSheet={analysis.meeting !== null}
            onReset={() => {
              void session.setPeriod(null);
              requestFocus("period-year");
            }}
          />
          <FixesPanel
            fixes={analysis.fixes}
            t={t}
            busy={busy}
            onApply={(list) => void session.applyFixes(list).then((r) => r.ok && requestFocus("undo"))}
            undo={state.undo !== null}
            onUndo={() => void session.undoFixes().then(() => requestFocus("fix-notice"))}
            notice={state.fixNotice ? (state.fixNotice.kind === "applied" ? t.fixesApplied(state.fixNotice.count) : t.undone(state.fixNotice.count)) : null}
            unsaved={mode === "standalone" && state.unsaved}
            excelUndo={mode === "excel" ? state.excelUndo : null}
          />
          <IssuesPanel
            issues={issues}
            locale={locale}
            t={t}
            notice={state.changed ? t.updatedAfterChange : null}
            selectError={state.selectFailed ? t.selectFailed : null}
            onSelect={mode === "excel" ? select : undefined}
            causes={causes}
            onCause={onCause}
            reveal={reveal}
          />
          <ReadingPanel
            recognized={analysis.recognized}
            t={readingStrings[locale]}
            settingsSheet={analysis.readingSettings?.sheet ?? (locale === "ko" ? SETTINGS_SHEET_KO : SETTINGS_SHEET_EN)}
            savedTo={state.readingSettingsWritten}
            busy={busy}
            onChange={(change) => void session.setReadingChoice(change, locale)}
            onSelect={mode === "excel" ? select : undefined}
            onDownloadCopy={mode === "standalone" && state.unsaved ? downloadCopy : undefined}
          />
          <StatusPanel
            recognized={analysis.recognized}
            found={analysis.found}
            meetingSheet={analysis.meeting?.sheet}
            t={t}
            busy={busy}
            templateSheets={analysis.missingTemplateSheets.map((x) => x.name)}
            onCreateTemplate={() => void session.createTemplate().then(() => requestFocus("template-result"))}
            created={state.templateWritten}
            createdExtra={mode === "standalone" && state.unsaved ? ` ${t.downloadCopyHelp}` : null}
          />
        </>
      ) : null}
      {unsavedDialog ? <UnsavedDialog next={guard.pending} t={t} onChoose={guard.choose} /> : null}
    </main>
  );
}
