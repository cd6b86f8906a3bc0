// Standalone: before another workbook replaces a copy with changes not downloaded, ask —
// download then open, open without downloading, or cancel (focus back where the user was).

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles } from "@fluentui/react-components";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  // Three buttons do not fit one row at 320 px: they stack, the safe choice first.
  actions: { display: "flex", flexWrap: "wrap", justifyContent: "flex-end" },
});

export type UnsavedChoice = "download" | "discard" | "cancel";

export interface UnsavedDialogProps {
  /** The name of what would be opened; null: no dialog. */
  readonly next: string | null;
  readonly t: Strings;
  readonly onChoose: (choice: UnsavedChoice) => void;
}

export function UnsavedDialog({ next, t, onChoose }: UnsavedDialogProps) {
  const s = useStyles();
  return (
    <Dialog open={next !== null} onOpenChange={(_, d) => (d.open ? undefined : onChoose("cancel"))}>
      <DialogSurface data-testid="unsaved-dialog">
        <DialogBody>
          <DialogTitle>{t.unsavedTitle}</DialogTitle>
          <DialogContent>{next !== null ? t.unsavedBody(next) : null}</DialogContent>
          <DialogActions className={s.actions}>
            <Button appearance="primary" onClick={() => onChoose("download")}>
              {t.unsavedDownloadThenOpen}
            </Button>
            <Button appearance="secondary" onClick={() => onChoose("discard")}>
              {t.unsavedDiscard}
            </Button>
            <Button appearance="secondary" onClick={() => onChoose("cancel")}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
