// The execution as a picture in the pane: the year's budget as one bar with what each quarter
// spent in it, then a bar per budget line (its budget as the track, what it spent as the fill).
// Built for a 350 px pane: bars take the whole width, names wrap above them. The bars are drawn
// for the eye only; each says the same in words to a screen reader (role="img" with its label),
// and the figures are also in the table above. Over 100% the fill is the danger colour, full.

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatRatio } from "../../core/display";
import type { Figures } from "../../core/model";
import { groupLines } from "./lines-panel";
import type { MinutesStrings } from "./minutes-strings";
import { Section } from "./section";

/** One colour per quarter, from Fluent's palette, distinct for common colour blindness (blue, orange, teal, purple). */
const QUARTER_COLORS = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteTealBorderActive, tokens.colorPaletteGrapeBorderActive];

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  track: {
    display: "flex",
    height: "14px",
    width: "100%",
    overflow: "hidden",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground5,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxSizing: "border-box",
  },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  over: { backgroundColor: tokens.colorStatusDangerBackground3 },
  legend: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyle: "none", fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginInlineEnd: tokens.spacingHorizontalXS, borderRadius: "2px", verticalAlign: "middle" },
  empty: { backgroundColor: tokens.colorNeutralBackground5, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, boxSizing: "border-box" },
  lines: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: "none" },
  category: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, marginBlockStart: tokens.spacingVerticalXS },
  lineHead: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  lineName: { overflowWrap: "anywhere" },
  ratio: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  overText: { color: tokens.colorStatusDangerForeground1 },
  amounts: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
});

export interface ExecutionChartProps {
  readonly figures: Figures;
  readonly t: MinutesStrings;
  /** An amount with its unit in the pane's language ("5,017,620원", "₩5,017,620"). */
  readonly money: (amount: number) => string;
}

/** A share of a whole as a CSS width, 0–100%. */
function width(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return "0%";
  return `${Math.min(100, (part / whole) * 100)}%`;
}

export function ExecutionChart({ figures, t, money }: ExecutionChartProps) {
  const s = useStyles();
  const q = figures.quarter;
  const quarters = figures.byQuarter.slice(0, q);
  const remaining = figures.totalBudget - figures.executedToDate;
  // Each quarter in words, said once by the bar and shown in the legend.
  const parts = quarters.map((amount, i) => t.quarterPart(i + 1, money(amount), formatRatio(figures.totalBudget > 0 ? amount / figures.totalBudget : null, 0)));
  return (
    <Section id="execution-chart" title={t.chartHeading}>
      <figure className={s.block} data-testid="quarter-bar">
        <figcaption className={s.subtitle}>{t.quartersTitle}</figcaption>
        <div className={s.track} role="img" aria-label={t.quartersLabel(parts.join(", "), money(remaining), money(figures.totalBudget))}>
          {quarters.map((amount, i) => (
            <div key={i} className={s.fill} style={{ width: width(amount, figures.totalBudget), backgroundColor: QUARTER_COLORS[i] }} />
          ))}
        </div>
        <ul className={s.legend} aria-hidden="true">
          {parts.map((part, i) => (
            <li key={i}>
              <span className={s.swatch} style={{ backgroundColor: QUARTER_COLORS[i] }} />
              {part}
            </li>
          ))}
          <li>
            <span className={mergeClasses(s.swatch, s.empty)} />
            {t.remainingBudget} {money(remaining)}
          </li>
        </ul>
      </figure>
      <figure className={s.block}>
        <figcaption className={s.subtitle}>{t.linesTitle}</figcaption>
        <ul className={s.lines} data-testid="line-bars">
          {groupLines(figures).map((group, g) => (
            <li key={g}>
              {group.category ? <div className={s.category}>{group.category}</div> : null}
              <ul className={s.lines}>
                {group.lines.map((line, i) => (
                  <LineBar key={i} line={line} t={t} money={money} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </figure>
    </Section>
  );
}

function LineBar({ line, t, money }: { line: Figures["lines"][number]; t: MinutesStrings; money: (amount: number) => string }) {
  const s = useStyles();
  const over = line.executed > line.budget;
  const ratio = formatRatio(line.ratio, 0);
  return (
    <li data-testid="line-bar">
      <div className={s.lineHead} aria-hidden="true">
        <span className={s.lineName}>{line.name}</span>
        <span className={mergeClasses(s.ratio, over && s.overText)}>
          {ratio}
          {over ? ` ${t.overBudget}` : ""}
        </span>
      </div>
      <div className={s.track} role="img" aria-label={`${t.lineLabel(line.name, money(line.executed), money(line.budget), ratio)}${over ? `, ${t.overBudget}` : ""}`}>
        <div className={mergeClasses(s.fill, over && s.over)} style={{ width: over ? "100%" : width(line.executed, line.budget) }} />
      </div>
      <div className={s.amounts} aria-hidden="true">
        {money(line.executed)} / {money(line.budget)}
      </div>
    </li>
  );
}
