// The pane's one action made of several session actions: 보고서 생성 plans the report and delivers
// it (into the workbook in Excel, as a downloaded file standalone), then, in Excel, reads the
// workbook again so the pane knows the new sheets. A refused report is delivered nowhere: the
// pane shows why. Plain async code over the session, testable without React.

import type { WorkbookSession } from "../session/workbook-session";

export async function generateAndDeliver(session: WorkbookSession): Promise<void> {
  const planned = await session.generateReport();
  if (!planned.ok || !planned.value.ok) return;
  const delivered = await session.deliverReport(planned.value);
  if (delivered.ok && session.mode === "excel") await session.reload();
}
