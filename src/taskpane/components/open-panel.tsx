// Standalone mode: open an .xlsx (file picker or drag and drop) or the bundled sample workbook.

import { useRef, useState } from "react";
import { Button, Spinner, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
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
  current: { overflowWrap: "anywhere" },
});

export interface OpenPanelProps {
  readonly t: Strings;
  readonly busy: boolean;
  readonly fileName: string | null;
  readonly onFile: (file: File) => void;
  readonly onSample: () => void;
}

export function OpenPanel({ t, busy, fileName, onFile, onSample }: OpenPanelProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <Section id="open" title={t.openHeading}>
      <div className={s.buttons}>
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
          {t.openFile}
        </Button>
        <Button appearance="secondary" onClick={onSample} disabled={busy} data-testid="open-sample">
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
          {t.openedFile(fileName)}
        </Text>
      ) : null}
    </Section>
  );
}
