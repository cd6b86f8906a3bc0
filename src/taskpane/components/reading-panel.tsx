// How the add-in read the workbook, sheet by sheet, and the user's way to change it (issue 8,
// point 11): the column used for each field (pick another, or none for an optional one), the
// budget columns, the unit, and the rows taken as totals, parents, cancelled or refunds, each with
// its cell (a click selects it in Excel), a total can be counted as data and back, and any row can
// be left out as a total. A change is a session action that writes the workbook's '읽기 설정'
// sheet, so every host and the ribbon read the workbook the same way afterwards.

import { useState } from "react";
import { Badge, Button, Input, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RecognizedSheet, RowDecision, RowKind } from "../../core/model";
import type { ReadingChange } from "../../core/plan/settings-sheet";
import type { DataRole } from "../../core/read/specs";
import type { ReadingStrings } from "../reading-strings";
import { Section } from "./section";

/** Fields whose column may be set to none (the others are required). */
const OPTIONAL = new Set(["category", "description", "payee", "voucher", "status", "kind", "note", "quarter", "amountMinus"]);
const KINDS: readonly RowKind[] = ["total", "subtotal", "parent", "cancelled", "refund", "sign-unclear", "double-entry", "deposit", "data"];
/** Rows of one kind shown before "more". */
const ROWS_SHOWN = 8;

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBlock: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  fields: { display: "grid", gridTemplateColumns: "minmax(4.5rem, auto) 1fr", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  kind: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  rows: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  add: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  rowInput: { width: "6rem" },
});

export interface ReadingPanelProps {
  readonly recognized: readonly RecognizedSheet[];
  readonly t: ReadingStrings;
  /** The settings sheet's name (the workbook's, or the one the first change creates). */
  readonly settingsSheet: string;
  /** Set once a change was written, to say where it went. */
  readonly savedTo: string | null;
  readonly busy: boolean;
  readonly onChange: (change: ReadingChange) => void;
  /** Excel: select a cell; absent where there is no spreadsheet on screen. */
  readonly onSelect?: (sheet: string, cell: string) => void;
  /** Standalone: downloads the working copy, which holds the settings sheet once a change was made. */
  readonly onDownloadCopy?: () => void;
}

export function ReadingPanel({ recognized, t, settingsSheet, savedTo, busy, onChange, onSelect, onDownloadCopy }: ReadingPanelProps) {
  const s = useStyles();
  const sheets = recognized.filter((r): r is RecognizedSheet & { role: DataRole } => r.role !== "programs" && r.role !== "meeting");
  if (sheets.length === 0) return null;
  return (
    <Section id="reading" title={t.heading}>
      <Text size={200}>{savedTo ? t.saved(savedTo) : t.intro(settingsSheet)}</Text>
      {savedTo && onDownloadCopy ? (
        <Button size="small" onClick={onDownloadCopy} disabled={busy}>
          {t.downloadCopy}
        </Button>
      ) : null}
      {sheets.map((r) => (
        <SheetChoices key={`${r.role}:${r.sheet}`} r={r} t={t} busy={busy} onChange={onChange} onSelect={onSelect} s={s} />
      ))}
    </Section>
  );
}

interface SheetProps {
  readonly r: RecognizedSheet & { role: DataRole };
  readonly t: ReadingStrings;
  readonly busy: boolean;
  readonly onChange: (change: ReadingChange) => void;
  readonly onSelect: ((sheet: string, cell: string) => void) | undefined;
  readonly s: ReturnType<typeof useStyles>;
}

function SheetChoices({ r, t, busy, onChange, onSelect, s }: SheetProps) {
  const [row, setRow] = useState("");
  const fields = Object.keys(r.columns);
  if (!fields.includes("amount")) fields.push("amount");
  const cellLink = (cell: string) =>
    onSelect ? (
      <Link as="button" className={s.cell} onClick={() => onSelect(r.sheet, cell)} aria-label={t.goTo(cell)}>
        {cell}
      </Link>
    ) : (
      <span className={s.cell}>{cell}</span>
    );
  const rowNumber = Number(row);
  const validRow = Number.isInteger(rowNumber) && rowNumber > r.headerRow;
  return (
    <section className={s.sheet} data-reading-sheet={r.sheet} aria-label={t.sheetTitle(r.sheet, t.role[r.role])}>
      <h3 className={s.title}>{t.sheetTitle(r.sheet, t.role[r.role])}</h3>
      <div className={s.fields}>
        {fields.map((field) => {
          const chosen = r.chosen.includes(field);
          const current = r.columns[field] ?? "none";
          return (
            <FieldRow key={field} label={t.field(r.role, field)}>
              <Select
                size="small"
                aria-label={`${t.sheetTitle(r.sheet, t.role[r.role])} ${t.columnLabel(field)}`}
                value={current}
                disabled={busy}
                onChange={(_e, d) => {
                  const column = d.value === "auto" ? "auto" : d.value === "none" ? null : d.value;
                  const header = r.headerCells.find((h) => h.letter === d.value)?.header;
                  onChange({ kind: "column", sheet: r.sheet, role: r.role, field, column, ...(header ? { header } : {}) });
                }}
              >
                {chosen ? <option value="auto">{t.auto}</option> : null}
                {r.headerCells.map((h) => (
                  <option key={h.letter} value={h.letter}>{`${h.letter} · ${h.header}`}</option>
                ))}
                {OPTIONAL.has(field) || current === "none" ? <option value="none">{t.none}</option> : null}
              </Select>
              {chosen ? <Badge size="small" appearance="tint">{t.chosenByYou}</Badge> : null}
            </FieldRow>
          );
        })}
      </div>
      {r.budgetColumns ? <Text className={s.note}>{t.budgetColumns(r.budgetColumns.map((c) => `${c.letter} ${c.header}`).join(" → "))}</Text> : null}
      {r.amountMinus ? <Text className={s.note}>{t.bankNet(`${r.amountMinus.letter} ${r.amountMinus.header}`)}</Text> : null}
      {r.unit ? (
        <Text className={s.note}>
          {t.unit(r.unit.text)} ({cellLink(r.unit.cell)})
        </Text>
      ) : null}
      {KINDS.map((kind) => (
        <DecisionList key={kind} kind={kind} rows={r.rows.filter((d) => d.kind === kind)} t={t} busy={busy} s={s} cellLink={cellLink} onRow={(d, as) => onChange({ kind: "row", sheet: r.sheet, row: d.row, as })} />
      ))}
      <div className={s.add}>
        <Input
          className={s.rowInput}
          size="small"
          type="number"
          aria-label={`${t.sheetTitle(r.sheet, t.role[r.role])} ${t.rowNumber}`}
          placeholder={t.rowNumber}
          value={row}
          onChange={(_e, d) => setRow(d.value)}
        />
        <Button size="small" disabled={busy || !validRow} onClick={() => onChange({ kind: "row", sheet: r.sheet, row: rowNumber, as: "total" })}>
          {t.markTotal}
        </Button>
        <Button size="small" disabled={busy || !validRow} onClick={() => onChange({ kind: "row", sheet: r.sheet, row: rowNumber, as: "data" })}>
          {t.markData}
        </Button>
      </div>
    </section>
  );
}

function FieldRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <Text size={200}>{label}</Text>
      <span>{children}</span>
    </>
  );
}

interface DecisionListProps {
  readonly kind: RowKind;
  readonly rows: readonly RowDecision[];
  readonly t: ReadingStrings;
  readonly busy: boolean;
  readonly s: ReturnType<typeof useStyles>;
  readonly cellLink: (cell: string) => React.ReactNode;
  readonly onRow: (d: RowDecision, as: "total" | "data" | "auto") => void;
}

/** The rows of one kind, each with its cell and, for totals and data, the way to change it. */
function DecisionList({ kind, rows, t, busy, s, cellLink, onRow }: DecisionListProps) {
  const [all, setAll] = useState(false);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, ROWS_SHOWN);
  const action = (d: RowDecision): { label: string; as: "total" | "data" | "auto" } | null => {
    if (d.evidence === "user") return { label: t.backToAuto, as: "auto" };
    if (kind === "total" || kind === "subtotal" || kind === "parent") return { label: t.markData, as: "data" };
    if (kind === "data") return { label: t.markTotal, as: "total" };
    return null;
  };
  return (
    <div data-kind={kind}>
      <Text className={s.kind} block>
        {t.kind[kind]} ({rows.length})
      </Text>
      <ul className={s.rows}>
        {shown.map((d) => {
          const a = action(d);
          return (
            <li key={`${d.row}:${d.cell}`} className={s.row}>
              {cellLink(d.cell)}
              <span>{d.evidence === "user" ? t.byYou : d.range ? t.sumOf(d.range) : (d.label ?? "")}</span>
              {a ? (
                <Button size="small" appearance="subtle" disabled={busy} aria-label={`${d.cell}: ${a.label}`} onClick={() => onRow(d, a.as)}>
                  {a.label}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {rows.length > shown.length ? (
        <Button size="small" appearance="transparent" onClick={() => setAll(true)}>
          {t.more(rows.length - shown.length)}
        </Button>
      ) : null}
    </div>
  );
}
