// The minutes' section 2 in the pane: where last meeting's follow-up will come from, and
// "전차 회의록에서 가져오기", which shows what it would add to the meeting sheet's tables before it
// writes anything (the session's carry-previous action; rows the user wrote are never touched).

import { useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FollowUp } from "../../core/meeting/follow-up";
import type { CarryPlan } from "../../core/meeting/carry";
import { groupByCategory } from "../../core/plan/program-sections";
import type { MinutesStrings } from "./minutes-strings";
import { Section } from "./section";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  help: { color: tokens.colorNeutralForeground2 },
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  scroll: { maxHeight: "320px", overflowY: "auto" },
  category: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold, marginBlockStart: tokens.spacingVerticalXS },
  progress: { color: tokens.colorNeutralForeground2 },
  wrap: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface PreviousMinutesPanelProps {
  readonly t: MinutesStrings;
  /** What section 2 would hold now (the analysis'); null without a period. */
  readonly followUp: FollowUp | null;
  readonly meetingSheet: string | null;
  /** What the import would add now (the analysis' carry, loaded.carry); null without a period. */
  readonly preview: CarryPlan | null;
  /** The last import's result, to say what it did. */
  readonly carried: CarryPlan | null;
  readonly busy: boolean;
  readonly onCarry: () => void;
  /** Standalone: the changed copy has to be downloaded to keep it. */
  readonly download?: { readonly hint: string; readonly label: string; readonly onClick: () => void };
}

export function PreviousMinutesPanel({ t, followUp, meetingSheet, preview, carried, busy, onCarry, download }: PreviousMinutesPanelProps) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const refusal = preview?.refusal ?? null;
  const why =
    refusal === null
      ? null
      : refusal.kind === "no-minutes"
        ? t.carryNoMinutes(refusal.name)
        : refusal.kind === "other-quarter"
          ? t.carryOtherQuarter(refusal.meetingQuarter, refusal.used)
          : t.carryNothingNew;
  return (
    <Section id="previous-minutes" title={t.previousHeading}>
      <div className={s.column}>
        {followUp ? (
          <Text data-testid="follow-up-source">
            {followUp.plansFrom === "none" && followUp.decisionsFrom === "none" && preview?.refusal?.kind === "no-minutes"
              ? t.previousNone(preview.refusal.name)
              : t.previousSource({
                  quarter: followUp.previous.quarter,
                  plans: followUp.plans.length,
                  plansFrom: followUp.plansFrom,
                  decisions: followUp.decisions.length,
                  decisionsFrom: followUp.decisionsFrom,
                  minutesSheet: followUp.minutesSheet ?? "",
                  meetingSheet: meetingSheet ?? "",
                })}
          </Text>
        ) : null}
        <Text size={200} className={s.help}>
          {t.carryHelp}
        </Text>
        <div className={s.actions}>
          <Button onClick={() => setOpen(true)} disabled={busy || preview === null || refusal !== null || open} data-testid="carry-open">
            {t.carryButton}
          </Button>
        </div>
        {why && !open ? (
          <Text size={200} className={s.help} data-testid="carry-refusal">
            {why}
          </Text>
        ) : null}
        {open && preview && refusal === null ? (
          <CarryPreview
            t={t}
            plan={preview}
            busy={busy}
            onConfirm={() => {
              setOpen(false);
              onCarry();
            }}
            onCancel={() => setOpen(false)}
          />
        ) : null}
        <div aria-live="polite">
          {carried && carried.write !== null ? (
            <MessageBar intent="success" layout="multiline" data-testid="carry-done">
              <MessageBarBody>
                {t.carried(carried.plans.add.length, carried.decisions.add.length, carried.meetingSheet)}
                {download ? ` ${download.hint}` : ""}
              </MessageBarBody>
              {download ? (
                <MessageBarActions>
                  <Button size="small" onClick={download.onClick} disabled={busy}>
                    {download.label}
                  </Button>
                </MessageBarActions>
              ) : null}
            </MessageBar>
          ) : null}
        </div>
      </div>
    </Section>
  );
}

function CarryPreview({ t, plan, busy, onConfirm, onCancel }: { t: MinutesStrings; plan: CarryPlan; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const s = useStyles();
  return (
    <div className={s.preview} role="region" aria-label={t.previewTitle(plan.meetingSheet, plan.createsSheet)} data-testid="carry-preview">
      <Text weight="semibold">{t.previewTitle(plan.meetingSheet, plan.createsSheet)}</Text>
      {plan.plans.add.length > 0 ? (
        // Grouped by category as the minutes' section 2 will show them; a list reads at 350 px.
        <div className={s.scroll} tabIndex={0} role="group" aria-label={t.previewPlans(plan.plans.add.length)}>
          <Text size={200} weight="semibold" block>
            {t.previewPlans(plan.plans.add.length)}
          </Text>
          {groupByCategory(plan.plans.add).map((g) => (
            <div key={g.category}>
              <Text size={200} className={s.category} block>
                {g.category}
              </Text>
              <ul className={s.list}>
                {g.items.map((p, i) => (
                  <li key={i} className={s.wrap}>
                    {p.name} <span className={s.progress}>→ {p.progress}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
      {plan.plans.kept.length > 0 ? <Text size={200}>{t.previewKept(plan.plans.kept.join(", "))}</Text> : null}
      {plan.decisions.add.length > 0 ? (
        <>
          <Text size={200} weight="semibold">
            {t.previewDecisions(plan.decisions.add.length)} {t.previewNoProgress}
          </Text>
          <ul className={s.list}>
            {plan.decisions.add.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.decisions.kept.length > 0 ? <Text size={200}>{t.previewKept(plan.decisions.kept.join(", "))}</Text> : null}
      <div className={s.actions}>
        <Button appearance="primary" size="small" onClick={onConfirm} disabled={busy} data-testid="carry-confirm">
          {t.confirmCarry}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </div>
  );
}
