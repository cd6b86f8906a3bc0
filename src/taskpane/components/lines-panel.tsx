// Execution by budget line, grouped under its category, folded by default: in a 350 px pane the
// 24-row table used to push 보고서 생성 two screens down. Unfolded it stays readable at 320 px:
// amounts never wrap (the unit is said once, in the caption), names wrap between words only, the
// name column stays in view while the numbers scroll sideways, and a line or category spent
// beyond its budget is marked in the danger colour with an icon and a word.

import { useState } from "react";
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { isOverspent } from "../../core/alarms";
import { formatAmount, formatRatio } from "../../core/display";
import type { CategoryFigures, Figures, LineFigures } from "../../core/model";
import type { Strings } from "../i18n";
import { WarningIcon } from "./warning-icon";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  toggle: { alignSelf: "flex-start", textAlign: "start" },
  tableWrap: {
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  table: { width: "100%", tableLayout: "auto" },
  caption: { textAlign: "start", paddingBlock: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // Widths for a 320 px pane (296 px inside): a name column of a five-syllable word at least
  // (사회적경제), wrapping between words; two amounts of 10 digits and a ratio, never wrapped.
  // The name stays in view when a longer amount makes the numbers scroll sideways.
  name: {
    minWidth: "5.5em",
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    zIndex: 1,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  nameIndent: { paddingLeft: tokens.spacingHorizontalM },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", width: "1%", paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  numHeader: {
    textAlign: "end",
    width: "1%",
    whiteSpace: "nowrap",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    "& > div, & > button": { justifyContent: "flex-end" },
  },
  categoryRow: { fontWeight: tokens.fontWeightSemibold, "& > td": { backgroundColor: tokens.colorNeutralBackground3 } },
  totalRow: { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  over: { color: tokens.colorStatusDangerForeground3, fontWeight: tokens.fontWeightSemibold },
  overInner: { display: "inline-flex", alignItems: "center", gap: "2px", "& > svg": { width: "12px", height: "12px" } },
  hiddenText: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export interface LinesPanelProps {
  readonly figures: Figures;
  readonly t: Strings;
  /** Unfolded at first (tests, a wide pane); folded by default. */
  readonly defaultOpen?: boolean;
}

/** Consecutive lines of one category together, in the figures' order (the budget's). */
export function groupLines(figures: Figures): { category: string; lines: LineFigures[] }[] {
  const groups: { category: string; lines: LineFigures[] }[] = [];
  for (const line of figures.lines) {
    const last = groups[groups.length - 1];
    if (last && last.category === line.category) last.lines.push(line);
    else groups.push({ category: line.category, lines: [line] });
  }
  return groups;
}

/** Category groups in the budget's order; a category whose one line has its own name is one row. */
export function lineGroups(figures: Figures): { category: CategoryFigures | null; lines: LineFigures[] }[] {
  return groupLines(figures).map((g) => {
    const category = g.category === "" ? null : (figures.categories.find((c) => c.category === g.category) ?? null);
    // "운영비 ▸ 운영비": the category row says it all.
    if (category && g.lines.length === 1 && g.lines[0]!.name === g.category) return { category, lines: [] };
    return { category, lines: g.lines };
  });
}

export function LinesPanel({ figures, t, defaultOpen = false }: LinesPanelProps) {
  const s = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const ratioCell = (executed: number, budget: number, ratio: number | null, text = formatRatio(ratio, 0)) => {
    const over = isOverspent(executed, budget);
    return (
      <TableCell className={mergeClasses(s.num, over && s.over)} data-over={over ? "true" : undefined}>
        {over ? (
          <span className={s.overInner}>
            <WarningIcon />
            {text}
            <span className={s.hiddenText}> {t.over100}</span>
          </span>
        ) : (
          text
        )}
      </TableCell>
    );
  };
  return (
    <div className={s.panel} data-section="lines">
      <Button appearance="subtle" className={s.toggle} aria-expanded={open} aria-controls="lines-table-region" onClick={() => setOpen((o) => !o)} data-testid="lines-toggle">
        {open ? t.hideLines : t.showLines(figures.lines.length)}
      </Button>
      {open ? (
        <div className={s.tableWrap} id="lines-table-region" tabIndex={0} role="region" aria-label={t.linesCaption}>
          <Table size="extra-small" className={s.table} data-testid="lines-table">
            <caption className={s.caption}>
              {t.linesCaption} {t.unitNote}
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col" className={s.name}>
                  {t.colLine}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className={s.numHeader}>{t.colBudget}</TableHeaderCell>
                <TableHeaderCell scope="col" className={s.numHeader}>{t.colExecuted}</TableHeaderCell>
                <TableHeaderCell scope="col" className={s.numHeader}>{t.colRatio}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lineGroups(figures).map(({ category, lines }, g) => [
                category ? (
                  <TableRow key={`c:${g}`} className={s.categoryRow} data-kind="category">
                    <TableCell className={s.name}>{category.category}</TableCell>
                    <TableCell className={s.num}>{formatAmount(category.budget)}</TableCell>
                    <TableCell className={s.num}>{formatAmount(category.executed)}</TableCell>
                    {ratioCell(category.executed, category.budget, category.ratio)}
                  </TableRow>
                ) : null,
                ...lines.map((line, i) => (
                  <TableRow key={`l:${g}:${i}`} data-kind="line">
                    <TableCell className={mergeClasses(s.name, category !== null && s.nameIndent)}>{line.name}</TableCell>
                    <TableCell className={s.num}>{formatAmount(line.budget)}</TableCell>
                    <TableCell className={s.num}>{formatAmount(line.executed)}</TableCell>
                    {ratioCell(line.executed, line.budget, line.ratio)}
                  </TableRow>
                )),
              ])}
              <TableRow className={s.totalRow}>
                <TableCell className={s.name}>{t.totalRow}</TableCell>
                <TableCell className={s.num}>{formatAmount(figures.totalBudget)}</TableCell>
                <TableCell className={s.num}>{formatAmount(figures.executedToDate)}</TableCell>
                {ratioCell(figures.executedToDate, figures.totalBudget, figures.ratioToBudget, figures.display.ratioToBudget)}
              </TableRow>
            </TableBody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
