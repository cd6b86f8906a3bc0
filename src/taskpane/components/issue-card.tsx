// One card of the check results: a single issue, or a run of the same problem down a column
// ("집행내역 B5:B3010, 3,006행"), with its message and what to do. Inside Excel it is a button that
// selects the cell or the whole range. And the cause card shown before them all: what explains
// thousands of errors, with the action that removes them.

import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Cause } from "../../core/issues/causes";
import type { IssueCard as Card } from "../../core/issues/group";
import type { Issue } from "../../core/issues/issue";
import { renderIssue } from "../../core/issues/render";
import type { Locale } from "../../core/locale";
import type { Strings } from "../i18n";
import { WarningIcon } from "./warning-icon";

const useStyles = makeStyles({
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
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  clickable: { cursor: "pointer", ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover } },
  error: { borderInlineStartColor: tokens.colorStatusDangerBorderActive },
  warning: { borderInlineStartColor: tokens.colorStatusWarningBorderActive },
  info: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  where: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    // An address or a long sheet name may break anywhere; words of messages never do.
    overflowWrap: "anywhere",
  },
  hint: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  cause: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusWarningBorder2}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  causeTitle: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorStatusWarningForeground3 },
});

/** "집행내역!E12", or the sheet alone, or "통합 문서" for workbook-wide issues. */
function issueLocation(issue: Issue, t: Strings): string {
  if (issue.sheet && issue.cell) return `${issue.sheet}!${issue.cell}`;
  return issue.sheet ?? t.workbookLevel;
}

/** Where a card is: "집행내역!E12" for one cell, "집행내역 B5:B3010, 3,006행" for a run. */
export function cardLocation(card: Card, t: Strings): string {
  if (card.issues.length > 1 && card.issue.sheet && card.range) return t.runWhere(card.issue.sheet, card.range, card.issues.length);
  return issueLocation(card.issue, t);
}

export interface IssueCardProps {
  readonly card: Card;
  readonly id: string;
  readonly locale: Locale;
  readonly t: Strings;
  /** Inside Excel: selects the card's cell or range. */
  readonly onSelect?: (sheet: string, range: string) => void;
}

export function IssueCardView({ card, id, locale, t, onSelect }: IssueCardProps) {
  const s = useStyles();
  const { issue } = card;
  // The location is shown above the message, so the message does not repeat it.
  const { message, hint } = renderIssue(issue, locale, { withPlace: false, shell: "pane" });
  const body = (
    <>
      <span className={s.where} data-testid="issue-where">
        {cardLocation(card, t)}
      </span>
      <span>{message}</span>
      {card.issues.length > 1 && !card.sameValue ? <span className={s.hint}>{t.runFirstValue}</span> : null}
      {hint ? (
        <span className={s.hint}>
          {t.hintPrefix}
          {hint}
        </span>
      ) : null}
    </>
  );
  const cls = mergeClasses(s.item, s[issue.severity]);
  const sheet = issue.sheet;
  if (onSelect && sheet) {
    return (
      <button type="button" id={id} className={mergeClasses(cls, s.clickable)} onClick={() => onSelect(sheet, card.range ?? "A1")} data-testid="issue" data-rows={card.issues.length}>
        {body}
      </button>
    );
  }
  return (
    <div id={id} tabIndex={-1} className={cls} data-testid="issue" data-rows={card.issues.length}>
      {body}
    </div>
  );
}

export function CauseCard({ cause, index, t, onAct }: { cause: Cause; index: number; t: Strings; onAct: (cause: Cause) => void }) {
  const s = useStyles();
  return (
    <div className={s.cause} role="group" aria-labelledby={`cause-title-${index}`} data-testid="cause">
      <h3 id={`cause-title-${index}`} className={s.causeTitle}>
        <WarningIcon />
        {t.causeTitle}
      </h3>
      <Text>{t.causeFiscalYear(cause.year, cause.found, cause.explains.length, cause.issue?.sheet)}</Text>
      <Button appearance="primary" size="small" onClick={() => onAct(cause)}>
        {t.causeAction(cause.action.year)}
      </Button>
    </div>
  );
}
