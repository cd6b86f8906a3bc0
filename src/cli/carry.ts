// `carry`: the previous minutes' plans and decisions into the meeting sheet's [전차 추진 계획] and
// [전차 결정사항], written to a new workbook (the input is never modified) so the accountant can
// edit the progress there before `report`. The same session action as the task pane's
// "전차 회의록에서 가져오기": rows already in the tables are kept, nothing is written over.

import type { CarryPlan } from "../core/meeting/carry";
import type { Result } from "../core/result";
import type { Loaded } from "../session/state";
import type { WorkbookSession } from "../session/workbook-session";
import type { Command, Period } from "./args";
import { besideInput, OUT_IS_INPUT, outIsInput } from "./out-path";

/** The CLI's output streams (run.ts's CliIO). */
interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** run.ts's file handling, handed in: run.ts dispatches here, so this module does not import it. */
export interface CliFiles {
  /** Opens the input as a session's in-memory copy; `save` gives that copy's bytes. */
  open(file: string, period: Period): Promise<Result<{ session: WorkbookSession; loaded: Loaded; save(): Promise<Uint8Array> }, string>>;
  tryWriteNewFile(file: string, bytes: Uint8Array, force: boolean): Promise<Result<null, string>>;
  sameFile(input: string, out: string): Promise<boolean>;
  usageFailure(io: Io, reason: string): number;
}

const EXIT_OK = 0;

/** The preview in words: what goes where, and what stays as the user wrote it. */
export function carryLines(plan: CarryPlan): string[] {
  const out = [`읽은 전차 회의록: '${plan.minutesSheet}' (${plan.previous.year}년 ${plan.previous.quarter}분기)`];
  const sheet = plan.createsSheet ? `새 '${plan.meetingSheet}' 시트` : `'${plan.meetingSheet}' 시트`;
  if (plan.plans.add.length > 0) {
    out.push(`${sheet} [전차 추진 계획]에 넣은 사업 ${plan.plans.add.length}개 (구분 | 사업 | 진행상황):`);
    for (const p of plan.plans.add) out.push(`  ${p.category} | ${p.name} | ${p.progress}`);
  }
  if (plan.plans.kept.length > 0) out.push(`이미 적혀 있어 그대로 둔 사업 ${plan.plans.kept.length}개: ${plan.plans.kept.join(", ")}`);
  if (plan.decisions.add.length > 0) {
    out.push(`${sheet} [전차 결정사항]에 넣은 결정사항 ${plan.decisions.add.length}건 (진행상황은 비워 두었습니다):`);
    for (const d of plan.decisions.add) out.push(`  ${d}`);
  }
  if (plan.decisions.kept.length > 0) out.push(`이미 적혀 있어 그대로 둔 결정사항 ${plan.decisions.kept.length}건: ${plan.decisions.kept.join(", ")}`);
  return out;
}

export async function runCarry(cmd: Extract<Command, { name: "carry" }>, io: Io, files: CliFiles): Promise<number> {
  const { tryWriteNewFile, sameFile, usageFailure } = files;
  if (cmd.out !== undefined && (await sameFile(cmd.file, cmd.out))) {
    return usageFailure(io, OUT_IS_INPUT);
  }
  const input = await files.open(cmd.file, cmd.period);
  if (!input.ok) return usageFailure(io, input.error);
  const { session, loaded, save } = input.value;
  const preview = loaded.carry;
  if (preview === null) return usageFailure(io, "회계연도를 정할 수 없어 전차 분기를 알 수 없습니다. --quarter를 적어 주세요(예: 2024Q2).");
  const refusal = preview.refusal;
  if (refusal?.kind === "no-minutes") {
    return usageFailure(io, `전차 회의록 시트 '${refusal.name}'가 없습니다. 지난 분기 회의록 시트의 이름을 '${refusal.name}'(으)로 하거나 회의정보 시트의 [전차 추진 계획]에 직접 적으세요.`);
  }
  if (refusal?.kind === "other-quarter") {
    return usageFailure(io, `회의정보 시트의 보고분기(${refusal.meetingQuarter})가 보고 분기(${refusal.used})와 다릅니다. 회의정보의 보고분기를 바꾸거나 --quarter를 맞춰 주세요.`);
  }
  const json = (output: string | null) =>
    io.out(JSON.stringify({ command: "carry", file: cmd.file, output, previous: preview.previous, minutesSheet: preview.minutesSheet, meetingSheet: preview.meetingSheet, plans: preview.plans, decisions: preview.decisions }));
  if (refusal?.kind === "nothing-new") {
    if (cmd.json) json(null);
    else for (const l of [...carryLines(preview), "옮길 것이 없습니다: 전차 회의록의 사업과 결정사항이 이미 회의정보 시트에 있습니다. 새 파일은 만들지 않았습니다."]) io.out(l);
    return EXIT_OK;
  }
  const done = await session.carryPrevious();
  if (!done.ok) {
    const e = done.error;
    if (e.kind === "bug") throw new Error(e.message);
    return usageFailure(io, `회의정보 시트에 쓸 수 없습니다: ${e.error.detail}`);
  }
  const out = cmd.out ?? besideInput(cmd.file, `전차-${loaded.analysis.period!.year}-${loaded.analysis.period!.quarter}분기`);
  if (await sameFile(cmd.file, out)) return usageFailure(io, outIsInput(out));
  const saved = await tryWriteNewFile(out, await save(), cmd.force);
  if (!saved.ok) return usageFailure(io, saved.error);
  if (cmd.json) {
    json(out);
    return EXIT_OK;
  }
  for (const l of [`전차 회의록 가져오기: ${cmd.file}`, ...carryLines(done.value), "", `새 통합문서를 만들었습니다: ${out} (입력 파일은 그대로입니다)`, "진행상황을 확인·수정한 뒤 report를 실행하세요."]) io.out(l);
  return EXIT_OK;
}
