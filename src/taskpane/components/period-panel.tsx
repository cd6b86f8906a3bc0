// Report quarter and as-of date (기준일). Defaulted from the meeting sheet, changeable; a change
// recomputes the figures from the grid already read, without reading the workbook again.

import { useEffect, useState } from "react";
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Quarter } from "../../core/model";
import type { Strings } from "../i18n";
import type { PeriodChoice } from "../../core/choice";
import { Section } from "./section";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "minmax(5rem, 0.7fr) minmax(7rem, 1.3fr)", gap: tokens.spacingHorizontalS },
  wide: { gridColumn: "1 / -1" },
});

export interface PeriodPanelProps {
  readonly period: PeriodChoice;
  readonly fromMeeting: boolean;
  readonly t: Strings;
  /** The field the user changed; the others keep following the meeting sheet and the defaults. */
  readonly onChange: (patch: PeriodChoice) => void;
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

export function PeriodPanel({ period, fromMeeting, t, onChange }: PeriodPanelProps) {
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
    </Section>
  );
}
