// The figures preview: the two ratios the committee reads first, the three amounts behind them,
// and execution by budget line grouped under its category.

import {
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Locale } from "../../core/locale";
import type { Figures } from "../../core/model";
import { formatAmount, formatKoreanDate, formatRatio, formatWon } from "../../core/display";
import type { Strings } from "../i18n";
import { Section } from "./section";

const useStyles = makeStyles({
  ratios: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  ratioCard: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  ratioValue: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  ratioLabel: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  amounts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  amountLabel: { color: tokens.colorNeutralForeground2, margin: 0 },
  amountValue: { textAlign: "end", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, margin: 0 },
  tableWrap: { overflowX: "auto" },
  // Auto layout: amounts take their width, the budget line's name gets the rest and wraps.
  table: { minWidth: "300px", tableLayout: "auto" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", width: "1%" },
  numHeader: { textAlign: "end", width: "1%", whiteSpace: "nowrap", "& > div, & > button": { justifyContent: "flex-end" } },
  categoryRow: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  totalRow: { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  lineName: { paddingInlineStart: tokens.spacingHorizontalM, overflowWrap: "anywhere" },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBlock: tokens.spacingVerticalXS },
});

export interface FiguresPanelProps {
  readonly figures: Figures | null;
  readonly locale: Locale;
  readonly t: Strings;
  /** Validation errors: the figures leave their rows (or a whole unreadable sheet) out. */
  readonly errorCount?: number;
}

export function FiguresPanel({ figures, locale, t, errorCount = 0 }: FiguresPanelProps) {
  const s = useStyles();
  if (!figures) {
    return (
      <Section id="figures" title={t.linesCaption}>
        <Text>{t.noFigures}</Text>
      </Section>
    );
  }
  const q = figures.quarter;
  const asOf = locale === "ko" ? formatKoreanDate(figures.asOf) : figures.asOf;
  const byCategory = groupLines(figures);
  return (
    <Section id="figures" title={t.figuresHeading(figures.year, q)}>
      {errorCount > 0 ? (
        // Big "0%" cards from a ledger whose header was not found must not read as final.
        <MessageBar intent="warning" layout="multiline" data-testid="figures-not-final">
          <MessageBarBody>{t.figuresNotFinal(errorCount)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={s.ratios}>
        <div className={s.ratioCard} data-testid="ratio-budget">
          <span className={s.ratioValue}>{figures.display.ratioToBudget}</span>
          <span className={s.ratioLabel}>{t.ratioToBudget}</span>
        </div>
        <div className={s.ratioCard} data-testid="ratio-grants">
          <span className={s.ratioValue}>{figures.display.ratioToGrants}</span>
          <span className={s.ratioLabel}>{t.ratioToGrants(q)}</span>
        </div>
      </div>
      <dl className={s.amounts}>
        <dt className={s.amountLabel}>{t.totalBudget}</dt>
        <dd className={s.amountValue}>{formatWon(figures.totalBudget)}</dd>
        <dt className={s.amountLabel}>{t.grantsToDate(q)}</dt>
        <dd className={s.amountValue}>{formatWon(figures.grantsToDate)}</dd>
        <dt className={s.amountLabel}>{t.executedToDate(asOf)}</dt>
        <dd className={s.amountValue}>{formatWon(figures.executedToDate)}</dd>
      </dl>
      <div className={s.tableWrap} tabIndex={0} role="region" aria-label={t.linesCaption}>
        <Table size="extra-small" className={s.table} data-testid="lines-table">
          <caption className={s.caption}>{t.linesCaption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.colLine}</TableHeaderCell>
              <TableHeaderCell scope="col" className={s.numHeader}>{t.colBudget}</TableHeaderCell>
              <TableHeaderCell scope="col" className={s.numHeader}>{t.colExecuted}</TableHeaderCell>
              <TableHeaderCell scope="col" className={s.numHeader}>{t.colRatio}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {byCategory.map(({ category, lines }) => {
              const cat = figures.categories.find((c) => c.category === category);
              return [
                category && cat ? (
                  <TableRow key={`c:${category}`} className={s.categoryRow}>
                    <TableCell>{category}</TableCell>
                    <TableCell className={s.num}>{formatAmount(cat.budget)}</TableCell>
                    <TableCell className={s.num}>{formatAmount(cat.executed)}</TableCell>
                    <TableCell className={s.num}>{formatRatio(cat.ratio, 0)}</TableCell>
                  </TableRow>
                ) : null,
                ...lines.map((line, i) => (
                  <TableRow key={`l:${category}:${line.name}:${i}`}>
                    <TableCell className={category ? s.lineName : undefined}>{line.name}</TableCell>
                    <TableCell className={s.num}>{formatAmount(line.budget)}</TableCell>
                    <TableCell className={s.num}>{formatAmount(line.executed)}</TableCell>
                    <TableCell className={s.num}>{formatRatio(line.ratio, 0)}</TableCell>
                  </TableRow>
                )),
              ];
            })}
            <TableRow className={s.totalRow}>
              <TableCell>{t.totalRow}</TableCell>
              <TableCell className={s.num}>{formatAmount(figures.totalBudget)}</TableCell>
              <TableCell className={s.num}>{formatAmount(figures.executedToDate)}</TableCell>
              <TableCell className={s.num}>{figures.display.ratioToBudget}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </div>
    </Section>
  );
}

/** Consecutive lines of one category together, in the figures' order. */
export function groupLines(figures: Figures) {
  const groups: { category: string; lines: Figures["lines"][number][] }[] = [];
  for (const line of figures.lines) {
    const last = groups[groups.length - 1];
    if (last && last.category === line.category) last.lines.push(line);
    else groups.push({ category: line.category, lines: [line] });
  }
  return groups;
}
