// The CLI's commands. File IO lives here (never in src/hosts/xlsx, which also runs in the browser).
// The input workbook is only ever read; report and template write new files, and never over an
// existing one without --force.

import { readFile, stat, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { countErrors, hasErrors, hostErrorIssue } from "../core/issues/issue";
import { renderIssue } from "../core/issues/render";
import "./node-zip";
import { planTemplate } from "../core/plan/template";
import { err, ok, type Result } from "../core/result";
import { XlsxPort, newWorkbook, saveXlsx, tryLoadXlsx, writePlan, type XlsxWorkbook } from "../hosts/xlsx/xlsx-port";
import type { Loaded } from "../session/state";
import { createSession, type WorkbookSession } from "../session/workbook-session";
import { USAGE, choiceOf, tryParseArgs, type Command, type Period } from "./args";
import { runCarry } from "./carry";
import { choiceLines } from "./choices";
import { figuresLines, followUpLines, issueLines, jsonResult, recognizedLines } from "./output";
import { besideInput, OUT_IS_INPUT, outIsInput } from "./out-path";

export interface CliIO {
  /** One line of the command's result (stdout). */
  out(text: string): void;
  /** The one-line reason for exit code 2 (stderr). */
  err(text: string): void;
  /** Progress of a long run (stderr; callers may drop it when stderr is not a terminal). */
  progress(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_USAGE = 2;

/** The one-line reason for exit code 2. */
function usageFailure(io: CliIO, reason: string): number {
  io.err(reason);
  return EXIT_USAGE;
}

/** The input workbook, open in a session: its analysis for the flags, and the workbook a report goes into. */
interface OpenInput {
  readonly session: WorkbookSession;
  readonly loaded: Loaded;
  readonly workbook: XlsxWorkbook;
}

/** Reads the file, opens it as a session's workbook and analyses it for the flags. */
async function tryOpen(file: string, period: Period, io: CliIO): Promise<Result<OpenInput, string>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return err(code === "ENOENT" ? `파일이 없습니다: ${file}` : code === "EISDIR" ? `파일이 아니라 폴더입니다: ${file}` : `파일을 읽을 수 없습니다: ${file} (${code ?? String(e)})`);
  }
  io.progress(`읽는 중: ${file} (${Math.round(bytes.length / 1024)} KB)`);
  let workbook: XlsxWorkbook | null = null;
  // The CLI's workbook is an in-memory copy of the file: a report is written into it, then saved
  // as a new file. The input file itself is never written.
  const session = createSession({
    mode: "file",
    async open() {
      const loaded = await tryLoadXlsx(bytes);
      if (!loaded.ok) return loaded;
      workbook = loaded.value;
      return ok({ port: new XlsxPort(loaded.value), name: file });
    },
  });
  const opened = await session.open({ kind: "file", name: file, bytes: () => Promise.resolve(bytes) }, choiceOf(period));
  if (!opened.ok) {
    if (opened.error.kind === "bug") throw new Error(opened.error.message);
    // The catalog's hint says why (0 bytes, .xls or password, .csv renamed, damaged), as in the task pane.
    const { hint } = renderIssue(hostErrorIssue(opened.error.error), "ko", { shell: "cli" });
    return err(`엑셀 통합문서(.xlsx)로 읽을 수 없습니다: ${file} (${hint.replace(/\.$/, "")})`);
  }
  io.progress(`시트 ${opened.value.analysis.sheetNames.length}개를 읽고 검사했습니다.`);
  return ok({ session, loaded: opened.value, workbook: workbook! });
}

/** Writes bytes to a new file; an existing file is replaced only with force. */
async function tryWriteNewFile(file: string, bytes: Uint8Array, force: boolean): Promise<Result<null, string>> {
  try {
    await writeFile(file, bytes, { flag: force ? "w" : "wx" });
    return ok(null);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // --force cannot help with a folder of that name: say so instead of suggesting it.
    const isDir = await stat(file).then((st) => st.isDirectory(), () => false);
    if (isDir) return err(`출력 경로가 파일이 아니라 폴더입니다: ${file} (파일 이름까지 적어 주세요)`);
    if (code === "EEXIST") return err(`출력 파일이 이미 있습니다: ${file} (덮어쓰려면 --force)`);
    if (code === "ENOENT") return err(`출력 폴더가 없습니다: ${path.dirname(path.resolve(file))} (폴더를 먼저 만들거나 있는 폴더를 적어 주세요)`);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return err(`출력 폴더에 쓸 권한이 없습니다: ${file} (다른 폴더를 적어 주세요)`);
    return err(`파일을 쓸 수 없습니다: ${file} (${code ?? String(e)})`);
  }
}

/**
 * True when writing `out` would write over `input`: the same path, or another name for the same
 * file (a symbolic or hard link, a different case on a case-insensitive disk), judged by inode.
 */
async function sameFile(input: string, out: string): Promise<boolean> {
  if (path.resolve(input) === path.resolve(out)) return true;
  const [a, b] = await Promise.all([stat(input).catch(() => null), stat(out).catch(() => null)]);
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

async function runAnalyze(cmd: Extract<Command, { name: "validate" | "figures" }>, io: CliIO): Promise<number> {
  const input = await tryOpen(cmd.file, cmd.period, io);
  if (!input.ok) return usageFailure(io, input.error);
  const { analysis } = input.value.loaded;
  const code = hasErrors(analysis.issues) ? EXIT_ISSUES : EXIT_OK;
  if (cmd.json) {
    io.out(JSON.stringify(jsonResult(cmd.name, cmd.file, analysis, analysis.issues)));
    return code;
  }
  const lines = [`${cmd.name === "validate" ? "검사" : "집행 현황"}: ${cmd.file}`, ...recognizedLines(analysis.recognized), ...choiceLines(analysis.recognized), "", ...issueLines(analysis.issues, analysis.causes)];
  lines.push("");
  // With errors the figures leave out the refused rows, or a whole sheet that could not be read
  // (a ledger without its header row shows 0원 spent): never let them pass for final.
  const errors = countErrors(analysis.issues);
  if (analysis.figures && errors > 0) lines.push(`※ 오류 ${errors.toLocaleString("ko-KR")}건: 오류가 난 행과 읽지 못한 시트는 빼고 계산한 수치입니다. 오류를 고친 뒤 다시 확인하세요.`);
  if (analysis.figures) lines.push(...figuresLines(analysis.figures, cmd.name === "figures"));
  else lines.push("회계연도를 정할 수 없어 집행 현황을 계산하지 못했습니다. --year를 적어 주세요.");
  for (const l of lines) io.out(l);
  return code;
}

async function runReport(cmd: Extract<Command, { name: "report" }>, io: CliIO): Promise<number> {
  if (cmd.out !== undefined && (await sameFile(cmd.file, cmd.out))) {
    return usageFailure(io, OUT_IS_INPUT);
  }
  const input = await tryOpen(cmd.file, cmd.period, io);
  if (!input.ok) return usageFailure(io, input.error);
  const { session, workbook } = input.value;
  const planned = await session.generateReport({ replaceExisting: cmd.replace });
  if (!planned.ok) throw new Error(planned.error.kind === "bug" ? planned.error.message : planned.error.error.detail);
  const outcome = planned.value;
  const figures = outcome.analysis.figures;
  if (!outcome.ok) {
    if (cmd.json) {
      io.out(JSON.stringify(jsonResult("report", cmd.file, outcome.analysis, outcome.issues, { output: null, sheets: [] })));
    } else {
      io.out(`보고서를 만들지 않았습니다: ${cmd.file}에 고칠 오류가 있습니다.`);
      for (const l of [...recognizedLines(outcome.analysis.recognized), ...choiceLines(outcome.analysis.recognized), "", ...issueLines(outcome.issues, outcome.analysis.causes)]) io.out(l);
    }
    return EXIT_ISSUES;
  }
  const out = cmd.out ?? besideInput(cmd.file, `보고서-${figures?.year ?? cmd.period.year ?? 0}-${figures?.quarter ?? cmd.period.quarter ?? 0}분기`);
  if (await sameFile(cmd.file, out)) return usageFailure(io, outIsInput(out));
  io.progress(`회의록 시트 '${outcome.minutesSheet}'와 집행현황 시트 '${outcome.summarySheet}'를 쓰는 중…`);
  const written = await session.deliverReport(outcome);
  if (!written.ok) {
    const e = written.error;
    if (e.kind === "bug") throw new Error(e.message);
    return usageFailure(
      io,
      e.error.code === "name-conflict" ? `같은 이름의 시트가 이미 있습니다 (${e.error.detail}). 바꿔 쓰려면 --replace` : `보고서 시트를 쓸 수 없습니다: ${e.error.detail}`,
    );
  }
  io.progress(`저장하는 중: ${out}`);
  const saved = await tryWriteNewFile(out, await saveXlsx(workbook), cmd.force);
  if (!saved.ok) return usageFailure(io, saved.error);
  if (cmd.json) {
    io.out(JSON.stringify(jsonResult("report", cmd.file, outcome.analysis, outcome.issues, { output: out, sheets: written.value.written })));
    return EXIT_OK;
  }
  const lines = [`보고서: ${cmd.file}`, ...recognizedLines(outcome.analysis.recognized), ...choiceLines(outcome.analysis.recognized), "", ...issueLines(outcome.issues, outcome.analysis.causes), ""];
  if (figures) lines.push(...figuresLines(figures, false), "");
  const followUp = followUpLines(outcome.issues);
  if (followUp.length > 0) lines.push(...followUp, "");
  lines.push(`새 통합문서를 만들었습니다: ${out}`, `  더한 시트: ${written.value.written.map((s) => `'${s}'`).join(", ")} (입력 파일은 그대로입니다)`);
  for (const l of lines) io.out(l);
  return EXIT_OK;
}

async function runTemplate(cmd: Extract<Command, { name: "template" }>, io: CliIO): Promise<number> {
  const wb = newWorkbook();
  const plan = planTemplate(cmd.year !== undefined ? { year: cmd.year } : {});
  const written = writePlan(wb, plan);
  if (!written.ok) return usageFailure(io, `서식 시트를 쓸 수 없습니다: ${written.error.detail}`);
  const saved = await tryWriteNewFile(cmd.out, await saveXlsx(wb), cmd.force);
  if (!saved.ok) return usageFailure(io, saved.error);
  if (cmd.json) io.out(JSON.stringify({ command: "template", output: cmd.out, sheets: written.value.written }));
  else io.out(`빈 통합문서를 만들었습니다: ${cmd.out} (시트: ${written.value.written.join(", ")})`);
  return EXIT_OK;
}

/**
 * The missing template sheets (the meeting sheet included) added to a copy of the input, saved as
 * a new file; the input is never written. Nothing missing: nothing written, exit 0.
 */
async function runAddSheets(cmd: Extract<Command, { name: "add-sheets" }>, io: CliIO): Promise<number> {
  const out = cmd.out ?? besideInput(cmd.file, "시트추가");
  if (await sameFile(cmd.file, out)) return usageFailure(io, OUT_IS_INPUT);
  const input = await tryOpen(cmd.file, cmd.period, io);
  if (!input.ok) return usageFailure(io, input.error);
  const { session, workbook } = input.value;
  const missing = input.value.loaded.analysis.missingTemplateSheets.map((s) => s.name);
  if (missing.length === 0) {
    if (cmd.json) io.out(JSON.stringify({ command: "add-sheets", file: cmd.file, ok: true, output: null, sheets: [] }));
    else io.out(`빠진 시트가 없어 새 파일을 만들지 않았습니다: ${cmd.file}`);
    return EXIT_OK;
  }
  const created = await session.createTemplate();
  if (!created.ok) {
    if (created.error.kind === "bug") throw new Error(created.error.message);
    return usageFailure(io, `시트를 더할 수 없습니다: ${created.error.error.detail}`);
  }
  const saved = await tryWriteNewFile(out, await saveXlsx(workbook), cmd.force);
  if (!saved.ok) return usageFailure(io, saved.error);
  if (cmd.json) io.out(JSON.stringify({ command: "add-sheets", file: cmd.file, ok: true, output: out, sheets: created.value }));
  else {
    io.out(`새 통합문서를 만들었습니다: ${out}`);
    io.out(`  더한 시트: ${created.value.map((n) => `'${n}'`).join(", ")} (입력 파일은 그대로입니다. 새 시트를 채운 뒤 이 파일로 보고서를 만드세요)`);
  }
  return EXIT_OK;
}

/** The command named in argv, for the JSON of a usage failure (null when there is none). */
function commandName(argv: readonly string[]): string | null {
  return argv[0] !== undefined && !argv[0].startsWith("-") ? argv[0] : null;
}

/**
 * Runs one CLI invocation; returns the exit code. Never calls process.exit itself. With --json,
 * stdout always holds exactly one JSON object, also for exit code 2 ({ ok: false, error }); the
 * one-line reason goes to stderr either way.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  if (!argv.includes("--json")) return runParsed(argv, io);
  let reason: string | null = null;
  const code = await runParsed(argv, {
    ...io,
    err: (text) => {
      reason = text;
      io.err(text);
    },
  });
  if (code === EXIT_USAGE) io.out(JSON.stringify({ command: commandName(argv), ok: false, exitCode: EXIT_USAGE, error: reason }));
  return code;
}

async function runParsed(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = tryParseArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.error} (도움말: npm run cli -- help)`);
    return EXIT_USAGE;
  }
  const cmd = parsed.value;
  switch (cmd.name) {
    case "help":
      io.out(USAGE);
      return EXIT_OK;
    case "validate":
    case "figures":
      return runAnalyze(cmd, io);
    case "report":
      return runReport(cmd, io);
    case "template":
      return runTemplate(cmd, io);
    case "add-sheets":
      return runAddSheets(cmd, io);
    case "carry":
      return runCarry(cmd, io, {
        open: async (file, period) => {
          const r = await tryOpen(file, period, io);
          return r.ok ? ok({ ...r.value, save: () => saveXlsx(r.value.workbook) }) : r;
        },
        tryWriteNewFile,
        sameFile,
        usageFailure,
      });
  }
}
