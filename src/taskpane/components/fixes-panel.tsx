// Mechanical fixes (amounts or dates stored as text, full-width digits, stray spaces): a preview
// of before → after, applied in one batch only after the user confirms, and an undo that writes
// the exact previous values back. The figures do not change (the reader already reads these
// values right), and the pane says so. Closing the confirmation without fixing puts focus back on
// the button that opened it; below ExcelApi 1.20 it says that Excel's own undo may not take the
// batch back in one step, while 실행 취소 here does.

import { useRef, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
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
import type { Fix } from "../../core/fixes";
import { focusTarget, useDialogMount } from "../focus";
import type { Strings } from "../i18n";
import { Section } from "./section";

/** Preview rows shown; the batch itself always covers every fix. */
const PREVIEW_LIMIT = 200;

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  tableWrap: { overflowX: "auto", maxHeight: "320px", overflowY: "auto" },
  value: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  kind: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  note: { color: tokens.colorNeutralForeground2 },
  notice: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export interface FixesPanelProps {
  readonly fixes: readonly Fix[];
  readonly t: Strings;
  readonly busy: boolean;
  readonly onApply: (fixes: readonly Fix[]) => void;
  /** Fixes were applied and can still be undone. */
  readonly undo: boolean;
  readonly onUndo: () => void;
  readonly notice: string | null;
  /** Standalone, while the copy holds changes not downloaded (the pane's note at the top downloads it). */
  readonly unsaved?: boolean;
  /** Excel: whether Excel's undo takes a batch back in one step (false: the dialog says so). */
  readonly excelUndo?: boolean | null;
}

/** How a value is shown in the preview: text in quotes so stray spaces are visible. */
export function showValue(v: Fix["before"] | Fix["after"], t: Strings): string {
  if (v === null || v === undefined || v === "") return t.emptyValue;
  if (typeof v === "string") return `“${v}”`;
  if (typeof v === "object" && "kind" in v) return v.kind === "date" ? serialToIso(v.serial) : v.code;
  return String(v);
}

function serialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function FixesPanel({ fixes, t, busy, onApply, undo, onUndo, notice, unsaved = false, excelUndo = null }: FixesPanelProps) {
  const s = useStyles();
  const [preview, setPreview] = useState(false);
  const [confirming, setConfirming] = useState(false);
  /** The button that opened the confirmation: focus goes back to it when it closes without fixing. */
  const opener = useRef<HTMLButtonElement>(null);
  const dialogMounted = useDialogMount(confirming);
  const closeWithoutFixing = () => {
    setConfirming(false);
    // After Fluent's dialog has let go of focus.
    setTimeout(() => opener.current?.focus(), 0);
  };
  if (fixes.length === 0 && !undo && !notice) return null;
  return (
    <Section id="fixes" title={t.fixesHeading}>
      {notice ? (
        <MessageBar intent="success" className={s.notice} tabIndex={-1} {...focusTarget("fix-notice")} data-testid="fix-notice">
          <MessageBarBody>{notice}</MessageBarBody>
          {undo ? (
            <MessageBarActions>
              <Button size="small" onClick={onUndo} disabledFocusable={busy} {...focusTarget("undo")}>
                {t.undo}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {unsaved ? (
        // The download button is in the note at the top, beside 파일 열기: one button, one place.
        <Text size={200} block>
          {t.downloadCopyHelp}
        </Text>
      ) : null}
      {fixes.length > 0 ? (
        <>
          <Text>
            {t.fixesIntro(fixes.length)} {t.fixesKeepFigures}
          </Text>
          <div className={s.buttons}>
            <Button appearance="secondary" aria-expanded={preview} aria-controls="fix-preview" onClick={() => setPreview((p) => !p)}>
              {preview ? t.hidePreview : t.previewFixes}
            </Button>
            <Button ref={opener} appearance="primary" disabledFocusable={busy} onClick={() => setConfirming(true)}>
              {t.applyFixes(fixes.length)}
            </Button>
          </div>
          {preview ? (
            <div className={s.tableWrap} id="fix-preview" tabIndex={0} role="region" aria-label={t.previewFixes}>
              <Table size="extra-small" data-testid="fix-preview">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.colCell}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colBefore}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.colAfter}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {fixes.slice(0, PREVIEW_LIMIT).map((f) => (
                    <TableRow key={`${f.sheet}!${f.cell}`}>
                      <TableCell>
                        <span className={s.cell}>
                          {f.sheet}!{f.cell}
                        </span>
                        <br />
                        <span className={s.kind}>{t.fixKind(f.kind)}</span>
                      </TableCell>
                      <TableCell className={s.value}>{showValue(f.before, t)}</TableCell>
                      <TableCell className={s.value}>{showValue(f.after, t)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {fixes.length > PREVIEW_LIMIT ? <Text size={200}>{`… +${fixes.length - PREVIEW_LIMIT}`}</Text> : null}
            </div>
          ) : null}
        </>
      ) : null}
      {dialogMounted ? (
        <Dialog open={confirming} onOpenChange={(_, d) => (d.open ? setConfirming(true) : closeWithoutFixing())}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t.confirmTitle}</DialogTitle>
              <DialogContent>
                <Text block>{t.confirmBody(fixes.length)}</Text>
                {excelUndo === false ? (
                  <Text block size={200} className={s.note} data-testid="excel-undo-fix-note">
                    {t.excelUndoFixNote}
                  </Text>
                ) : null}
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={closeWithoutFixing}>
                  {t.cancel}
                </Button>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setConfirming(false);
                    setPreview(false);
                    onApply(fixes);
                  }}
                >
                  {t.confirm}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </Section>
  );
}
