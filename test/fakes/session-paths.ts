// The ribbon's two paths over a bare port, through the one session (as src/commands does): the
// one-click report (plan, then deliver; a refused report writes the results sheet) and 데이터 검증
// (open, then write the results sheet). Used by the Office host's tests and measures.
import { hasErrors } from "../../src/core/issues/issue";
import type { WorkbookPort } from "../../src/core/port";
import { excelSession } from "../../src/session/excel";

/** 보고서 생성: true when the report was planned and delivered (minutes written). */
export async function reportThroughSession(port: WorkbookPort): Promise<{ delivered: boolean; reportOk: boolean }> {
  const session = excelSession(port);
  const planned = await session.generateReport();
  if (!planned.ok) return { delivered: false, reportOk: false };
  const delivered = await session.deliverReport(planned.value, { resultsSheet: "ko" });
  return { delivered: delivered.ok, reportOk: planned.value.ok };
}

/** 데이터 검증: true when the results sheet was written; `hasErrors` as the analysis found. */
export async function validateThroughSession(port: WorkbookPort): Promise<{ written: boolean; hasErrors: boolean }> {
  const session = excelSession(port);
  const opened = await session.open();
  if (!opened.ok) return { written: false, hasErrors: false };
  const written = await session.writeResults("ko");
  return { written: written.ok, hasErrors: hasErrors(opened.value.analysis.issues) };
}
