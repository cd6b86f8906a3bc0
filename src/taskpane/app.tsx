// The task pane. Reads the workbook once through the session, then computes status, figures,
// issues and fixes in the core from that grid; writes happen only on the user's request
// (confirmed fixes, their undo, template sheets, the report).

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
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
import type { WorkbookGrid } from "../core/grid";
import { countErrors, type Locale } from "../core/issues";
import { renderIssue } from "../core/messages";
import type { CellEdit, HostError } from "../core/port";
import type { Result } from "../core/result";
import { fixEdits, invertEdits, planFixes, type Fix } from "../core/fixes";
import { hostErrorIssue, validateGrid } from "../app/actions";
import { strings } from "./i18n";
import type { Mode, PeriodOptions, TaskpaneSession } from "./session";
import { missingTemplatePlan } from "./template-sheets";
import { FiguresPanel } from "./components/figures-panel";
import { FixesPanel } from "./components/fixes-panel";
import { IssuesPanel } from "./components/issues-panel";
import { OpenPanel } from "./components/open-panel";
import { PeriodPanel } from "./components/period-panel";
import { ReportPanel, type ReportState } from "./components/report-panel";
import { StatusPanel } from "./components/status-panel";

export interface OpenedWorkbook {
  readonly session: TaskpaneSession;
  /** File name without the .xlsx extension, used to name downloads. */
  readonly name: string;
}

/** Standalone mode: opens the user's file or the sample; loaded lazily with ExcelJS. */
export interface StandaloneOpener {
  openFile(file: File): Promise<Result<OpenedWorkbook, HostError>>;
  openSample(): Promise<Result<OpenedWorkbook, HostError>>;
}

export interface AppProps {
  readonly mode: Mode;
  readonly locale: Locale;
  /** Inside Excel (and in tests): the session for the open workbook. */
  readonly session?: TaskpaneSession;
  readonly standalone?: StandaloneOpener;
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

export function App(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} lang={props.locale}>
      <TaskPane {...props} />
    </FluentProvider>
  );
}

function TaskPane({ mode, locale, session: initialSession, standalone, onReady }: AppProps) {
  const s = useStyles();
  const t = strings[locale];
  const [session, setSession] = useState<TaskpaneSession | null>(initialSession ?? null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [grid, setGrid] = useState<WorkbookGrid | null>(null);
  /** Only what the user chose; the rest comes from the meeting sheet, then the core's defaults. */
  const [period, setPeriod] = useState<PeriodOptions>({});
  const [busy, setBusy] = useState(false);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [changeNotice, setChangeNotice] = useState<string | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);
  const [undo, setUndo] = useState<readonly CellEdit[] | null>(null);
  const [fixNotice, setFixNotice] = useState<string | null>(null);
  const [templateNotice, setTemplateNotice] = useState<string | null>(null);
  const [report, setReport] = useState<ReportState>({ kind: "idle" });
  const readySent = useRef(false);

  const markReady = useCallback(() => {
    if (readySent.current) return;
    readySent.current = true;
    onReady?.();
  }, [onReady]);

  // Standalone is interactive as soon as the open panel is on screen.
  useEffect(() => {
    if (mode === "standalone") markReady();
  }, [mode, markReady]);

  /** Reads the workbook; a fresh workbook (first = true) also forgets the period the user chose. */
  const load = useCallback(
    async (sess: TaskpaneSession, first: boolean): Promise<boolean> => {
      const r = await sess.read();
      if (!r.ok) {
        setError(hostErrorMessage(r.error, locale));
        return false;
      }
      setGrid(r.value);
      if (first) setPeriod({});
      return true;
    },
    [locale],
  );

  // Inside Excel: read at start and keep the issue list current while the user edits or pastes.
  useEffect(() => {
    if (!initialSession) return;
    let alive = true;
    void load(initialSession, true).finally(() => alive && markReady());
    const stop = initialSession.watchChanges?.((changed) => {
      if (!alive) return;
      setGrid(changed);
      setChangeNotice(t.updatedAfterChange);
    });
    return () => {
      alive = false;
      stop?.();
    };
  }, [initialSession, load, markReady, t]);

  // The same resolution as the report (explicit choice, then meeting sheet, then core defaults), so
  // the preview shows exactly the figures the report will print.
  const analysisAndMeeting = useMemo(() => {
    if (!grid) return null;
    const { analysis, meeting, issues } = validateGrid(grid, period);
    const f = analysis.figures;
    const fromMeeting =
      meeting !== null && f !== null && period.quarter === undefined && period.asOf === undefined && (meeting.quarter === f.quarter || meeting.asOf === f.asOf);
    return { analysis, issues, fromMeeting, meetingSheet: meeting?.sheet };
  }, [grid, period]);
  const analysis = analysisAndMeeting?.analysis ?? null;
  const issues = analysisAndMeeting?.issues ?? [];
  const fixes = useMemo(() => (grid && analysis ? planFixes(grid, analysis) : []), [grid, analysis]);
  const template = useMemo(() => (grid && analysis ? missingTemplatePlan(grid, analysis) : null), [grid, analysis]);

  const unexpected = (e: unknown) => t.unexpected(e instanceof Error ? e.message : String(e));

  const open = async (how: () => Promise<Result<OpenedWorkbook, HostError>>) => {
    setOpening(true);
    setError(null);
    try {
      const r = await how();
      if (!r.ok) {
        setError(hostErrorMessage(r.error, locale));
        return;
      }
      setSession(r.value.session);
      setFileName(r.value.name);
      setUndo(null);
      setFixNotice(null);
      setTemplateNotice(null);
      setReport({ kind: "idle" });
      await load(r.value.session, true);
    } catch (e) {
      setError(unexpected(e));
    } finally {
      setOpening(false);
    }
  };

  const guarded = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(unexpected(e));
    } finally {
      setBusy(false);
    }
  };

  /** Writes confirmed edits in one batch, records the outcome with `done`, then reads the workbook again. */
  const editAndReload = (
    edits: () => readonly CellEdit[] | null,
    done: (count: number, previous: readonly CellEdit[] | undefined) => void,
  ) =>
    guarded(async () => {
      const list = session ? edits() : null;
      if (!session || !list) return;
      const r = await session.applyEdits(list);
      if (!r.ok) {
        setError(hostErrorMessage(r.error, locale));
        return;
      }
      done(r.value.count, r.value.previous);
      await load(session, false);
    });

  const applyFixes = (list: readonly Fix[]) =>
    editAndReload(() => fixEdits(list), (count, previous) => {
      // The host's record of the cells before the batch (values and formats) when it keeps one;
      // else the values the fixes were planned from, which are exactly what was read.
      setUndo(previous ?? invertEdits(list));
      setFixNotice(t.fixesApplied(count));
    });

  const undoFixes = () =>
    editAndReload(() => undo, (count) => {
      setUndo(null);
      setFixNotice(t.undone(count));
    });

  const createTemplate = () =>
    guarded(async () => {
      if (!session || !template || template.sheets.length === 0) return;
      const r = await session.write(template);
      if (!r.ok) {
        setError(hostErrorMessage(r.error, locale));
        return;
      }
      setTemplateNotice(r.value.written.length > 0 ? t.templateCreated(r.value.written.join(", ")) : t.templateNothing);
      await load(session, false);
    });

  const generate = async () => {
    if (!session) return;
    setReport({ kind: "running" });
    setError(null);
    try {
      const r = await session.report(period);
      if (!r.ok) {
        setReport({ kind: "failed", message: hostErrorMessage(r.error, locale) });
        return;
      }
      setReport({ kind: "done", done: r.value });
      if (mode === "excel" && r.value.outcome.ok) await load(session, false);
    } catch (e) {
      setReport({ kind: "failed", message: unexpected(e) });
    }
  };

  /** Standalone: the working copy (with fixes or template sheets) as a new file. */
  const downloadCopy = () =>
    void guarded(async () => {
      const r = await session?.downloadCopy?.();
      if (r && !r.ok) setError(hostErrorMessage(r.error, locale));
    });

  const select = async (sheet: string, cell: string | undefined) => {
    if (!session) return;
    setSelectError(null);
    const okSelect = await session.selectCell(sheet, cell ?? "A1").catch(() => false);
    if (!okSelect && mode === "excel") setSelectError(t.selectFailed);
  };

  const figures = analysis?.figures ?? null;
  const shownPeriod: PeriodOptions = { year: figures?.year ?? period.year, quarter: figures?.quarter ?? period.quarter, asOf: figures?.asOf ?? period.asOf };

  return (
    <main className={s.root} data-testid="taskpane">
      <h1 className={s.title}>{t.appTitle}</h1>
      {mode === "standalone" ? (
        <MessageBar intent="info" layout="multiline" className={s.banner} data-testid="standalone-banner">
          <MessageBarBody>
            <MessageBarTitle>{t.standaloneTitle}</MessageBarTitle>
            {grid ? t.standaloneShort : t.standaloneBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? (
        <MessageBar intent="error" layout="multiline" className={s.banner} role="alert">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            {session && !grid ? (
              <Button size="small" onClick={() => guarded(async () => void (await load(session, true)))} disabled={busy}>
                {t.reload}
              </Button>
            ) : null}
            <Button size="small" onClick={() => setError(null)}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {mode === "standalone" && standalone ? (
        <OpenPanel
          t={t}
          busy={opening}
          fileName={fileName}
          onFile={(file) => {
            if (!/\.xlsx$/i.test(file.name)) {
              setError(t.notXlsx(file.name));
              return;
            }
            void open(() => standalone.openFile(file));
          }}
          onSample={() => void open(() => standalone.openSample())}
        />
      ) : null}
      {mode === "excel" && !grid && !error ? <Spinner label={t.loadingWorkbook} /> : null}
      {grid && analysis && session ? (
        <>
          <FiguresPanel figures={figures} locale={locale} t={t} errorCount={countErrors(issues)} />
          <ReportPanel
            mode={mode}
            t={t}
            state={report}
            disabled={busy}
            errorCount={countErrors(issues)}
            onGenerate={() => void generate()}
            onGoToSheet={(sheet) => void select(sheet, "A1")}
          />
          <PeriodPanel
            period={shownPeriod}
            fromMeeting={analysisAndMeeting?.fromMeeting ?? false}
            t={t}
            onChange={(patch) => setPeriod((p) => ({ ...p, ...patch }))}
          />
          <FixesPanel
            fixes={fixes}
            t={t}
            busy={busy}
            onApply={(list) => void applyFixes(list)}
            undo={undo ? { count: undo.length } : null}
            onUndo={() => void undoFixes()}
            notice={fixNotice}
            onDownloadCopy={session.downloadCopy ? downloadCopy : undefined}
          />
          <IssuesPanel
            issues={issues}
            locale={locale}
            t={t}
            notice={changeNotice}
            selectError={selectError}
            onSelect={mode === "excel" ? (issue) => void select(issue.sheet!, issue.cell) : undefined}
          />
          <StatusPanel
            recognized={analysis.recognized}
            meetingSheet={analysisAndMeeting?.meetingSheet}
            t={t}
            busy={busy}
            templateSheets={template?.sheets.map((x) => x.name) ?? []}
            onCreateTemplate={createTemplate}
            actions={
              <Button size="small" appearance="subtle" onClick={() => guarded(async () => void (await load(session, false)))} disabled={busy}>
                {t.reload}
              </Button>
            }
          />
          {templateNotice ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {templateNotice}
                {session.downloadCopy ? ` ${t.downloadCopyHelp}` : null}
              </MessageBarBody>
              {session.downloadCopy ? (
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
