// The figures the committee reads first: the two ratios and the three amounts behind them. A ratio
// over 100% — more spent than granted, or than budgeted — is an alarm, not a calm blue card: the
// danger colour, an icon, a word beside it, and a sentence with the amount, linked to the issue
// that explains it; so is every budget line spent beyond its budget. (The per-line table is
// lines-panel.tsx, folded, below the report button.)

import { Link, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { alarmIssue, alarmsOf, type Alarm } from "../../core/alarms";
import { formatKoreanDate } from "../../core/display";
import type { Issue } from "../../core/issues/issue";
import type { Locale } from "../../core/locale";
import type { Figures } from "../../core/model";
import { focusTarget } from "../focus";
import type { Strings } from "../i18n";
import { Section } from "./section";
import { WarningIcon } from "./warning-icon";

const useStyles = makeStyles({
  ratios: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  ratioCard: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  ratioAlarm: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusDangerBorder2}`,
  },
  ratioValue: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    whiteSpace: "nowrap",
  },
  valueAlarm: { color: tokens.colorStatusDangerForeground3 },
  // Under the value, not beside it: "109% ⚠ 초과" does not fit a 320 px pane's half.
  overLine: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorStatusDangerForeground3,
  },
  ratioLabel: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  alarms: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, listStyle: "none", margin: 0, padding: 0 },
  alarmText: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, color: tokens.colorStatusDangerForeground3 },
  alarmIcon: { flexShrink: 0, marginTop: "2px" },
  // Labels wrap; amounts never do (a 320 px pane once showed "192,500,00/0원").
  amounts: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  amountLabel: { color: tokens.colorNeutralForeground2, margin: 0 },
  amountValue: { textAlign: "end", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, margin: 0, whiteSpace: "nowrap" },
});

export interface FiguresPanelProps {
  readonly figures: Figures | null;
  readonly locale: Locale;
  readonly t: Strings;
  /** Validation errors: the figures leave their rows (or a whole unreadable sheet) out. */
  readonly errorCount?: number;
  /** The analysis' issues: each alarm links to the one that explains it. */
  readonly issues?: readonly Issue[];
  /** Shows an issue in the check results (unfolds, scrolls to it and focuses it). */
  readonly onReveal?: (issue: Issue) => void;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-05-24" → "May 24, 2024": wraps between words, not inside "2024-05-/24" as ISO did at 320 px. */
export function formatEnglishDate(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
}

/** The sentence of an alarm, with the amount over. */
export function alarmText(alarm: Alarm, t: Strings): string {
  switch (alarm.kind) {
    case "grants":
      return t.alarmGrants(alarm.over);
    case "budget":
      return t.alarmBudget(alarm.over);
    case "line":
      return t.alarmLine(alarm.line, alarm.over);
  }
}

export function FiguresPanel({ figures, locale, t, errorCount = 0, issues = [], onReveal }: FiguresPanelProps) {
  const s = useStyles();
  if (!figures) {
    return (
      <Section id="figures" title={t.linesCaption} headingProps={{ tabIndex: -1, ...focusTarget("figures") }}>
        <Text>{t.noFigures}</Text>
      </Section>
    );
  }
  const q = figures.quarter;
  const asOf = locale === "ko" ? formatKoreanDate(figures.asOf) : formatEnglishDate(figures.asOf);
  const alarms = alarmsOf(figures);
  const over = (kind: Alarm["kind"]) => alarms.find((a) => a.kind === kind);
  const card = (kind: "budget" | "grants", value: string, label: string) => {
    const alarm = over(kind);
    return (
      <div className={mergeClasses(s.ratioCard, alarm && s.ratioAlarm)} data-testid={`ratio-${kind}`} data-alarm={alarm ? "true" : undefined}>
        <span className={mergeClasses(s.ratioValue, alarm && s.valueAlarm)}>{value}</span>
        {alarm ? (
          <span className={s.overLine}>
            <WarningIcon />
            {t.over100}
          </span>
        ) : null}
        <span className={s.ratioLabel}>{label}</span>
      </div>
    );
  };
  return (
    <Section id="figures" title={t.figuresHeading(figures.year, q)} headingProps={{ tabIndex: -1, ...focusTarget("figures") }}>
      {errorCount > 0 ? (
        // Big "0%" cards from a ledger whose header was not found must not read as final.
        <MessageBar intent="warning" layout="multiline" data-testid="figures-not-final">
          <MessageBarBody>{t.figuresNotFinal(errorCount)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={s.ratios}>
        {card("budget", figures.display.ratioToBudget, t.ratioToBudget)}
        {card("grants", figures.display.ratioToGrants, t.ratioToGrants(q))}
      </div>
      {alarms.length > 0 ? (
        <ul className={s.alarms} data-testid="alarms">
          {alarms.map((a, i) => {
            const issue = alarmIssue(a, issues);
            return (
              <li key={i} className={s.alarmText} data-testid="alarm">
                <WarningIcon className={s.alarmIcon} />
                <span>
                  {alarmText(a, t)}{" "}
                  {issue && onReveal ? (
                    <Link as="button" inline onClick={() => onReveal(issue)}>
                      {t.alarmLink}
                    </Link>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      <dl className={s.amounts}>
        <dt className={s.amountLabel}>{t.totalBudget}</dt>
        <dd className={s.amountValue}>{t.money(figures.totalBudget)}</dd>
        <dt className={s.amountLabel}>{t.grantsToDate(q)}</dt>
        <dd className={s.amountValue}>{t.money(figures.grantsToDate)}</dd>
        <dt className={s.amountLabel}>{t.executedToDate(asOf)}</dt>
        <dd className={s.amountValue}>{t.money(figures.executedToDate)}</dd>
      </dl>
    </Section>
  );
}
