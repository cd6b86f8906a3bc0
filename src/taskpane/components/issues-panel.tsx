// The check results: a cause that explains many errors first, with its action; then the issues by
// severity as cards, the same problem on consecutive cells one card with its range and count; a
// filter by sheet and by severity. Inside Excel a card selects its cell or range. Thousands of
// cards stay responsive: each severity renders a page at a time ("더 보기"). An alarm elsewhere in
// the pane can ask to reveal one issue: its group unfolds, filters that hide it are cleared, and
// its card is scrolled to and focused.

import { useEffect, useMemo, useRef, useState } from "react";
import { Badge, Button, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Cause } from "../../core/issues/causes";
import { groupIssues, type IssueCard } from "../../core/issues/group";
import { issueCounts, type Issue, type Severity } from "../../core/issues/issue";
import type { Locale } from "../../core/locale";
import { focusTarget } from "../focus";
import type { Strings } from "../i18n";
import { CauseCard, IssueCardView } from "./issue-card";
import { Section } from "./section";

/** Cards rendered per severity before "더 보기", and added per click. */
export const ISSUE_PAGE_SIZE = 200;

const severities: readonly Severity[] = ["error", "warning", "info"];
/** The sheet filter's value for issues about the whole workbook (no sheet). */
const WORKBOOK = "\u0000workbook";

const useStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  filters: { display: "grid", gridTemplateColumns: "minmax(0, 1.4fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS, "& > *": { minWidth: 0 } },
  // A <select> is as wide as its longest option (a long sheet name) unless told otherwise.
  select: { width: "100%", minWidth: 0, "& select": { width: "100%", minWidth: 0 } },
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
});

export interface IssuesPanelProps {
  readonly issues: readonly Issue[];
  readonly locale: Locale;
  readonly t: Strings;
  /** Present inside Excel: selects a card's cell or range. Absent in standalone mode. */
  readonly onSelect?: (sheet: string, range: string) => void;
  /** A short note after the list was refreshed by a change in the workbook. */
  readonly notice?: string | null;
  readonly selectError?: string | null;
  /** Causes behind many of the issues, shown first with their action. */
  readonly causes?: readonly Cause[];
  readonly onCause?: (cause: Cause) => void;
  /** A request to show one issue (the seq changes with every request). */
  readonly reveal?: { readonly issue: Issue; readonly seq: number } | null;
}

type Paging = Readonly<Record<Severity, { readonly open: boolean; readonly shown: number }>>;
const initialPaging: Paging = { error: { open: true, shown: ISSUE_PAGE_SIZE }, warning: { open: true, shown: ISSUE_PAGE_SIZE }, info: { open: false, shown: ISSUE_PAGE_SIZE } };

export function IssuesPanel({ issues, locale, t, onSelect, notice, selectError, causes = [], onCause, reveal = null }: IssuesPanelProps) {
  const s = useStyles();
  const cards = useMemo(() => groupIssues(issues), [issues]);
  const [sheet, setSheet] = useState("");
  const [severity, setSeverity] = useState<Severity | "">("");
  // Notes (info) are about rows left out on purpose: folded at first so errors stay in view.
  const [paging, setPaging] = useState<Paging>(initialPaging);
  const [focusCard, setFocusCard] = useState<string | null>(null);

  const sheetOf = (c: IssueCard) => c.issue.sheet ?? WORKBOOK;
  const counts = useMemo(() => {
    const bySheet = new Map<string, number>();
    for (const i of issues) bySheet.set(i.sheet ?? WORKBOOK, (bySheet.get(i.sheet ?? WORKBOOK) ?? 0) + 1);
    return { bySheet, bySeverity: issueCounts(issues) };
  }, [issues]);
  // A filter that no longer matches anything (the workbook changed) is let go.
  const sheetFilter = sheet !== "" && counts.bySheet.has(sheet) ? sheet : "";
  const visible = cards.map((card, index) => ({ card, index })).filter(({ card }) => (sheetFilter === "" || sheetOf(card) === sheetFilter) && (severity === "" || card.issue.severity === severity));
  const shownIssues = visible.reduce((n, v) => n + v.card.issues.length, 0);

  // An alarm asked to see an issue: clear what hides it, unfold its group, page to it, focus it.
  // Once per request: a later analysis (a paste) must not pull focus back to it.
  const revealed = useRef(0);
  useEffect(() => {
    if (!reveal || reveal.seq === revealed.current) return;
    revealed.current = reveal.seq;
    const index = cards.findIndex((c) => c.issues.includes(reveal.issue));
    if (index < 0) return;
    const card = cards[index]!;
    const sev = card.issue.severity;
    const position = cards.filter((c, i) => i < index && c.issue.severity === sev).length;
    setSheet("");
    setSeverity("");
    setPaging((p) => ({ ...p, [sev]: { open: true, shown: Math.max(p[sev].shown, Math.ceil((position + 1) / ISSUE_PAGE_SIZE) * ISSUE_PAGE_SIZE) } }));
    setFocusCard(`issue-card-${index}`);
  }, [reveal, cards]);
  useEffect(() => {
    if (!focusCard) return;
    const el = document.getElementById(focusCard);
    if (!el) return;
    el.scrollIntoView({ block: "center" });
    el.focus();
    setFocusCard(null);
  });

  return (
    <Section id="issues" title={t.issuesHeading}>
      <Text className={s.summary} role="status" data-testid="issue-counts" tabIndex={-1} {...focusTarget("issues-summary")}>
        {t.issueCounts(counts.bySeverity.error, counts.bySeverity.warning, counts.bySeverity.info)}
      </Text>
      {notice ? <Text size={200}>{notice}</Text> : null}
      {issues.length === 0 ? <Text>{t.noIssues}</Text> : null}
      {causes.map((cause, i) => (onCause ? <CauseCard key={i} index={i} cause={cause} t={t} onAct={onCause} /> : null))}
      {issues.length > 0 && !onSelect ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.standaloneSelectNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      {issues.length > 0 && onSelect ? <Text size={200}>{t.selectCellHint}</Text> : null}
      {selectError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {issues.length > 0 ? (
        <div className={s.filters}>
          <Field label={t.filterSheet} size="small">
            <Select size="small" className={s.select} value={sheetFilter} onChange={(_, d) => setSheet(d.value)} data-testid="filter-sheet">
              <option value="">{t.filterAllSheets}</option>
              {[...counts.bySheet].map(([name, n]) => (
                <option key={name} value={name}>
                  {t.filterOption(name === WORKBOOK ? t.workbookLevel : name, n)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.filterSeverity} size="small">
            <Select size="small" className={s.select} value={severity} onChange={(_, d) => setSeverity(d.value as Severity | "")} data-testid="filter-severity">
              <option value="">{t.filterAllSeverities}</option>
              {severities.map((sev) => (
                <option key={sev} value={sev} disabled={counts.bySeverity[sev] === 0}>
                  {t.filterOption(t.severityWord[sev], counts.bySeverity[sev])}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
      {sheetFilter !== "" || severity !== "" ? (
        <Text size={200} data-testid="issues-filtered">
          {t.filtered(shownIssues, issues.length)}
        </Text>
      ) : null}
      {severities.map((sev) => {
        const group = visible.filter((v) => v.card.issue.severity === sev);
        if (group.length === 0) return null;
        const page = paging[sev];
        return (
          <IssueGroup
            key={sev}
            severity={sev}
            cards={group}
            issueCount={group.reduce((n, v) => n + v.card.issues.length, 0)}
            open={page.open}
            shown={page.shown}
            onToggle={() => setPaging((p) => ({ ...p, [sev]: { ...p[sev], open: !p[sev].open } }))}
            onMore={() => setPaging((p) => ({ ...p, [sev]: { ...p[sev], shown: p[sev].shown + ISSUE_PAGE_SIZE } }))}
            locale={locale}
            t={t}
            onSelect={onSelect}
          />
        );
      })}
    </Section>
  );
}

interface IssueGroupProps {
  readonly severity: Severity;
  readonly cards: readonly { readonly card: IssueCard; readonly index: number }[];
  readonly issueCount: number;
  readonly open: boolean;
  readonly shown: number;
  readonly onToggle: () => void;
  readonly onMore: () => void;
  readonly locale: Locale;
  readonly t: Strings;
  readonly onSelect?: (sheet: string, range: string) => void;
}

function IssueGroup({ severity, cards, issueCount, open, shown, onToggle, onMore, locale, t, onSelect }: IssueGroupProps) {
  const s = useStyles();
  const headingId = `issues-${severity}`;
  const listId = `issues-${severity}-list`;
  const visible = open ? cards.slice(0, shown) : [];
  return (
    <div className={s.group} data-severity={severity}>
      <h3 id={headingId} className={s.groupTitle}>
        {t.severityName[severity]}
        <Badge color={severity === "error" ? "danger" : severity === "warning" ? "important" : "informative"} appearance="filled">
          {t.count(issueCount)}
        </Badge>
      </h3>
      {severity === "info" ? (
        <Button appearance="subtle" size="small" className={s.toggle} aria-expanded={open} aria-controls={listId} onClick={onToggle}>
          {open ? t.hideNotes : t.showNotes(issueCount)}
        </Button>
      ) : null}
      <ul className={s.list} aria-labelledby={headingId} id={listId} hidden={!open}>
        {visible.map(({ card, index }) => (
          <li key={index}>
            <IssueCardView card={card} id={`issue-card-${index}`} locale={locale} t={t} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {open && cards.length > shown ? (
        <Button appearance="secondary" onClick={onMore}>
          {t.showMore(shown, cards.length)}
        </Button>
      ) : null}
    </div>
  );
}
