// Standalone mode: open an .xlsx (file picker or drag and drop) or the bundled sample workbook.
// Compact once a workbook is open (the figures and 보고서 생성 must fit the first screen), and
// while the page's copy holds changes not downloaded, a note with the download button.

import { useRef, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { focusTarget } from "../focus";
import type { Strings } from "../i18n";
import { Section } from "./section";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  drop: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    minHeight: "64px",
    padding: tokens.spacingHorizontalM,
    textAlign: "center",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropCompact: { minHeight: "40px", paddingBlock: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  current: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  result: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export interface OpenPanelProps {
  readonly t: Strings;
  readonly busy: boolean;
  readonly fileName: string | null;
  readonly onFile: (file: File) => void;
  readonly onSample: () => void;
  /** The copy holds changes not downloaded: a note and the download button. */
  readonly unsaved?: boolean;
  readonly onDownloadCopy?: () => void;
  /** The name the copy was last downloaded as, to confirm it (focus lands there). */
  readonly downloaded?: string | null;
}

export function OpenPanel({ t, busy, fileName, onFile, onSample, unsaved = false, onDownloadCopy, downloaded = null }: OpenPanelProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <Section id="open" title={t.openHeading}>
      <div className={s.buttons}>
        <Button appearance={fileName ? "secondary" : "primary"} onClick={() => input.current?.click()} disabledFocusable={busy} {...focusTarget("open-file")}>
          {t.openFile}
        </Button>
        <Button appearance="secondary" onClick={onSample} disabledFocusable={busy} data-testid="open-sample">
          {t.openSample}
        </Button>
      </div>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.openFileInput}
        tabIndex={-1}
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = "";
        }}
      />
      <div
        className={mergeClasses(s.drop, fileName !== null && s.dropCompact, over && s.dropActive)}
        data-testid="drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer.files?.[0];
          if (file && !busy) onFile(file);
        }}
      >
        {over ? t.dropZoneActive : t.dropZone}
      </div>
      {busy ? <Spinner size="tiny" label={t.loadingWorkbook} /> : null}
      {fileName && !busy ? (
        <Text size={200} className={s.current} data-testid="opened-file">
          {t.openedFile(fileName)} {t.standaloneShort}
        </Text>
      ) : null}
      {unsaved && onDownloadCopy ? (
        <MessageBar intent="warning" layout="multiline" data-testid="unsaved-note">
          <MessageBarBody>{t.unsavedNote}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDownloadCopy} disabledFocusable={busy}>
              {t.downloadCopy}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {!unsaved && downloaded ? (
        <MessageBar intent="success" layout="multiline" className={s.result} tabIndex={-1} {...focusTarget("copy-result")} data-testid="copy-downloaded">
          <MessageBarBody>{t.copyDownloaded(downloaded)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </Section>
  );
}
