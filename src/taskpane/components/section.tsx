// A titled region of the pane: an h2 the screen reader can jump to, and consistent spacing.

import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
});

export interface SectionProps {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
  /** Extra props of the h2: tabIndex -1 and a focus target where focus lands after an action (focus.ts). */
  readonly headingProps?: Readonly<Record<string, string | number>>;
}

export function Section(props: SectionProps) {
  const s = useStyles();
  const headingId = `${props.id}-heading`;
  return (
    <section className={s.section} aria-labelledby={headingId} data-section={props.id}>
      <div className={s.header}>
        <h2 id={headingId} className={s.title} {...props.headingProps}>
          {props.title}
        </h2>
      </div>
      {props.children}
    </section>
  );
}
