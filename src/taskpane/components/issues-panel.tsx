// Issues grouped by severity. Each names its sheet and cell; inside Excel clicking one selects the
// cell. Workbooks with thousands of issues stay responsive because each group renders a page at a
// time ("더 보기") instead of every row at once.

import { useMemo, useState } from "react";
import { Button, CounterBadge, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue, Severity } from "../../core/issues/issue";
import { renderIssue } from "../../core/issues/render";
import type { Locale } from "../../core/locale";
import type { Strings } from "../i18n";
import { Section } from "./section";

/** Rows rendered per group before "더 보기", and added per click. */
export const ISSUE_PAGE_SIZE = 200;

const severities: readonly Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupTitle: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  toggle: { alignSelf: "flex-start" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  error: { borderInlineStartColor: tokens.colorStatusDangerBorderActive },
  warning: { borderInlineStartColor: tokens.colorStatusWarningBorderActive },
  info: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  where: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  message: { overflowWrap: "anywhere" },
  hint: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface IssuesPanelProps {
  readonly issues: readonly Issue[];
  readonly locale: Locale;
  readonly t: Strings;
  /** Present inside Excel: selects the issue's cell. Absent in standalone mode. */
  readonly onSelect?: (issue: Issue) => void;
  /** A short note after the list was refreshed by a change in the workbook. */
  readonly notice?: string | null;
  readonly selectError?: string | null;
}

export function IssuesPanel({ issues, locale, t, onSelect, notice, selectError }: IssuesPanelProps) {
  const s = useStyles();
  const groups = useMemo(() => {
    const by: Record<Severity, Issue[]> = { error: [], warning: [], info: [] };
    for (const issue of issues) by[issue.severity].push(issue);
    return by;
  }, [issues]);
  const counts = t.issueCounts(groups.error.length, groups.warning.length, groups.info.length);
  return (
    <Section id="issues" title={t.issuesHeading}>
      <Text className={s.summary} role="status" data-testid="issue-counts">
        {counts}
      </Text>
      {notice ? <Text size={200}>{notice}</Text> : null}
      {issues.length === 0 ? <Text>{t.noIssues}</Text> : null}
      {issues.length > 0 && !onSelect ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.standaloneSelectNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      {issues.length > 0 && onSelect ? <Text size={200}>{t.selectCellHint}</Text> : null}
      {selectError ? (
        <MessageBar intent="warning">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {severities.map((sev) =>
        groups[sev].length > 0 ? (
          <IssueGroup key={sev} severity={sev} issues={groups[sev]} locale={locale} t={t} onSelect={onSelect} />
        ) : null,
      )}
    </Section>
  );
}

function IssueGroup(props: { severity: Severity; issues: readonly Issue[]; locale: Locale; t: Strings; onSelect?: (issue: Issue) => void }) {
  const { severity, issues, locale, t, onSelect } = props;
  const s = useStyles();
  // Notes (info) are about rows left out on purpose (total rows, dates after the as-of date):
  // folded away at first so errors and warnings stay in view.
  const [open, setOpen] = useState(severity !== "info");
  const [shown, setShown] = useState(ISSUE_PAGE_SIZE);
  const visible = open ? issues.slice(0, shown) : [];
  const headingId = `issues-${severity}`;
  const listId = `issues-${severity}-list`;
  return (
    <div className={s.group} data-severity={severity}>
      <h3 id={headingId} className={s.groupTitle}>
        {t.severityName[severity]}
        <CounterBadge
          count={issues.length}
          overflowCount={99999}
          color={severity === "error" ? "danger" : severity === "warning" ? "important" : "informative"}
          appearance="filled"
        />
      </h3>
      {severity === "info" ? (
        <Button appearance="subtle" size="small" className={s.toggle} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          {open ? t.hideNotes : t.showNotes(issues.length)}
        </Button>
      ) : null}
      <ul className={s.list} aria-labelledby={headingId} id={listId} hidden={!open}>
        {visible.map((issue, i) => (
          <li key={i}>
            <IssueItem issue={issue} locale={locale} t={t} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {open && issues.length > shown ? (
        <Button appearance="secondary" onClick={() => setShown((n) => n + ISSUE_PAGE_SIZE)}>
          {t.showMore(shown, issues.length)}
        </Button>
      ) : null}
    </div>
  );
}

/** "집행내역!E12", or the sheet alone, or "통합 문서" for workbook-wide issues. */
export function issueLocation(issue: Issue, t: Strings): string {
  if (issue.sheet && issue.cell) return `${issue.sheet}!${issue.cell}`;
  return issue.sheet ?? t.workbookLevel;
}

function IssueItem({ issue, locale, t, onSelect }: { issue: Issue; locale: Locale; t: Strings; onSelect?: (issue: Issue) => void }) {
  const s = useStyles();
  // The location is shown above the message, so the message does not repeat it.
  const { message, hint } = renderIssue(issue, locale, { withPlace: false });
  const body = (
    <>
      <span className={s.where} data-testid="issue-where">
        {issueLocation(issue, t)}
      </span>
      <span className={s.message}>{message}</span>
      {hint ? (
        <span className={s.hint}>
          {t.hintPrefix}
          {hint}
        </span>
      ) : null}
    </>
  );
  const cls = mergeClasses(s.item, s[issue.severity]);
  if (onSelect && issue.sheet) {
    return (
      <button type="button" className={mergeClasses(cls, s.clickable)} onClick={() => onSelect(issue)} data-testid="issue">
        {body}
      </button>
    );
  }
  return (
    <div className={cls} data-testid="issue">
      {body}
    </div>
  );
}
