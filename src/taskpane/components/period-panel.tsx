// Report quarter and as-of date (기준일). Defaulted from the meeting sheet, changeable; a change
// recomputes the figures from the grid already read, without reading the workbook again. What the
// user chose here can be cleared in one click, back to the meeting sheet's values (the hint of the
// "option overrides the meeting sheet" note names this button).

import { useEffect, useState } from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { focusTarget } from "../focus";
import type { Quarter } from "../../core/model";
import type { Strings } from "../i18n";
import type { PeriodChoice } from "../../core/choice";
import { Section } from "./section";

const useStyles = makeStyles({
  // minmax(0, …): a long quarter option ("Q2 (Q1–Q2 cumulative)") must not widen a 320 px pane.
  grid: { display: "grid", gridTemplateColumns: "minmax(0, 0.7fr) minmax(0, 1.3fr)", gap: tokens.spacingHorizontalS, "& > *": { minWidth: 0 } },
  wide: { gridColumn: "1 / -1" },
  reset: { alignSelf: "flex-start" },
  // A <select> is as wide as its longest option unless told otherwise.
  select: { width: "100%", minWidth: 0, "& select": { width: "100%", minWidth: 0 } },
});

export interface PeriodPanelProps {
  readonly period: PeriodChoice;
  readonly fromMeeting: boolean;
  readonly t: Strings;
  /** The field the user changed; the others keep following the meeting sheet and the defaults. */
  readonly onChange: (patch: PeriodChoice) => void;
  /** Whether the user chose any field here (then the reset button shows). */
  readonly chosen?: boolean;
  /** Whether the workbook has a meeting sheet to go back to (else back to the defaults). */
  readonly hasMeetingSheet?: boolean;
  /** Clears the pane's choice: the meeting sheet's values, then the defaults. */
  readonly onReset?: () => void;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date "YYYY-MM-DD" (no 2024-02-30). */
export function isRealIsoDate(text: string): boolean {
  const m = isoDate.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export function PeriodPanel({ period, fromMeeting, t, onChange, chosen = false, hasMeetingSheet = false, onReset }: PeriodPanelProps) {
  const s = useStyles();
  const [yearText, setYearText] = useState(period.year ? String(period.year) : "");
  const [asOfText, setAsOfText] = useState(period.asOf ?? "");
  useEffect(() => setYearText(period.year ? String(period.year) : ""), [period.year]);
  useEffect(() => setAsOfText(period.asOf ?? ""), [period.asOf]);
  const asOfValid = asOfText === "" || isRealIsoDate(asOfText);
  return (
    <Section id="period" title={t.optionsHeading}>
      <div className={s.grid}>
        <Field label={t.yearLabel}>
          <Input
            {...focusTarget("period-year")}
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={yearText}
            onChange={(_, d) => {
              setYearText(d.value);
              const y = Number(d.value);
              if (Number.isInteger(y) && y >= 2000 && y <= 2100) onChange({ year: y });
            }}
          />
        </Field>
        <Field label={t.quarterLabel}>
          <Select
            className={s.select}
            value={period.quarter ? String(period.quarter) : ""}
            onChange={(_, d) => onChange({ quarter: Number(d.value) as Quarter })}
          >
            {period.quarter ? null : <option value="">-</option>}
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t.quarterOption(q)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          className={s.wide}
          label={t.asOfLabel}
          hint={fromMeeting ? `${t.asOfHint} ${t.fromMeetingSheet}` : t.asOfHint}
          validationState={asOfValid ? "none" : "error"}
          validationMessage={asOfValid ? undefined : t.invalidDate}
        >
          <Input
            type="date"
            value={asOfText}
            onChange={(_, d) => {
              setAsOfText(d.value);
              if (d.value === "") onChange({ asOf: undefined });
              else if (isRealIsoDate(d.value)) onChange({ asOf: d.value });
            }}
          />
        </Field>
      </div>
      {chosen && onReset ? (
        <Button appearance="secondary" size="small" className={s.reset} onClick={onReset} data-testid="reset-period">
          {hasMeetingSheet ? t.resetPeriod : t.resetPeriodDefaults}
        </Button>
      ) : null}
    </Section>
  );
}
