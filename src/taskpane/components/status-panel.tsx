// Workbook status: which sheets and columns the reader recognised, how many rows each has, which
// sheets exist but could not be read (no header row: not "missing"), and which are missing, with
// the offer to add the missing ones — the meeting sheet included — from the template.

import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RecognizedSheet, SheetRole } from "../../core/model";
import { focusTarget } from "../focus";
import type { Strings } from "../i18n";
import { Section } from "./section";

const roles: readonly SheetRole[] = ["budget", "grants", "ledger", "programs", "meeting"];

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "1.25rem 1fr", columnGap: tokens.spacingHorizontalXS },
  mark: { fontWeight: tokens.fontWeightSemibold, textAlign: "center" },
  ok: { color: tokens.colorStatusSuccessForeground1 },
  missing: { color: tokens.colorStatusDangerForeground1 },
  role: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  template: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  result: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export interface StatusPanelProps {
  readonly recognized: readonly RecognizedSheet[];
  /** The sheet found per data role, read or not: found but not recognised is "could not be read". */
  readonly found?: readonly { readonly role: SheetRole; readonly sheet: string }[];
  /** The meeting sheet, read separately from the data sheets (src/core/meeting/read.ts). */
  readonly meetingSheet?: string;
  readonly t: Strings;
  /** Names of the sheets the template would add; empty when nothing is missing. */
  readonly templateSheets: readonly string[];
  readonly onCreateTemplate?: () => void;
  readonly busy: boolean;
  /** What the last create-sheets did: the sheets written (empty: nothing to add); null before. */
  readonly created?: readonly string[] | null;
  /** Standalone: a line after `created` on downloading the copy that holds the new sheets. */
  readonly createdExtra?: React.ReactNode;
}

export function StatusPanel({ recognized, found: foundSheets = [], meetingSheet, t, templateSheets, onCreateTemplate, busy, created = null, createdExtra }: StatusPanelProps) {
  const s = useStyles();
  const found = (role: SheetRole) => recognized.some((x) => x.role === role) || (role === "meeting" && meetingSheet !== undefined);
  const missing = roles.filter((r) => !found(r));
  return (
    <Section id="status" title={t.statusHeading}>
      <ul className={s.list} data-testid="status-list">
        {roles.map((role) => {
          const sheets = recognized.filter((x) => x.role === role);
          if (role === "meeting" && sheets.length === 0 && meetingSheet !== undefined) {
            return (
              <li key={role} className={s.row} data-role={role} data-found="true">
                <span className={`${s.mark} ${s.ok}`} aria-hidden>
                  ✓
                </span>
                <span>
                  <span className={s.role}>{t.roleName[role]}</span> — {t.meetingSheetFound(meetingSheet)}
                </span>
              </li>
            );
          }
          const unread = foundSheets.find((f) => f.role === role);
          if (sheets.length === 0 && unread) {
            return (
              <li key={role} className={s.row} data-role={role} data-found="unread">
                <span className={`${s.mark} ${s.missing}`} aria-hidden>
                  !
                </span>
                <span>
                  <span className={s.role}>{t.roleName[role]}</span> — {t.sheetUnread(unread.sheet)}
                </span>
              </li>
            );
          }
          if (sheets.length === 0) {
            return (
              <li key={role} className={s.row} data-role={role} data-found="false">
                <span className={`${s.mark} ${s.missing}`} aria-hidden>
                  ✕
                </span>
                <span>
                  <span className={s.role}>{t.roleName[role]}</span> — {t.missingSheet(t.roleName[role])}
                </span>
              </li>
            );
          }
          return sheets.map((x) => (
            <li key={`${role}:${x.sheet}`} className={s.row} data-role={role} data-found="true">
              <span className={`${s.mark} ${s.ok}`} aria-hidden>
                ✓
              </span>
              <span>
                <span className={s.role}>{t.roleName[role]}</span> — {t.recognizedSheet(x.sheet, x.rowCount, x.headerRow)}
                {Object.keys(x.columns).length > 0 ? (
                  <span className={s.detail}>
                    <br />
                    {t.columnsFound}:{" "}
                    {Object.entries(x.columns)
                      .map(([field, col]) => `${t.fieldName(field)} ${col}`)
                      .join(" · ")}
                  </span>
                ) : null}
              </span>
            </li>
          ));
        })}
      </ul>
      {missing.length === 0 ? <Text size={200}>{t.allSheetsFound}</Text> : null}
      {templateSheets.length > 0 && onCreateTemplate ? (
        <div className={s.template}>
          <Text size={200}>{t.createSheetsHelp(templateSheets.join(", "))}</Text>
          <Button appearance="secondary" onClick={onCreateTemplate} disabledFocusable={busy} data-testid="create-sheets">
            {t.createSheets}
          </Button>
        </div>
      ) : null}
      {created ? (
        <MessageBar intent="success" layout="multiline" className={s.result} tabIndex={-1} {...focusTarget("template-result")} data-testid="sheets-created">
          <MessageBarBody>
            {created.length > 0 ? t.sheetsCreated(created.join(", ")) : t.templateNothing}
            {createdExtra}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </Section>
  );
}
