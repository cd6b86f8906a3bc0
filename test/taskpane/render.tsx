// The whole pane rendered for the component tests: over the real session on a fake workbook, or
// inside "Excel" through the real Office.js host port over the fake Excel. Both return once the
// issue list is on screen.
import { render, screen } from "@testing-library/react";
import { OfficePort } from "../../src/hosts/office/office-port";
import { excelSession } from "../../src/session/excel";
import type { WorkbookSession } from "../../src/session/workbook-session";
import { App } from "../../src/taskpane/app";
import type { FakeExcel } from "../fakes/fake-excel";
import type { FakeWorkbook } from "./fake-session";

/** The pane over the real session on a fake workbook; standalone, the workbook is opened first. */
export async function renderPane(pane: { session: WorkbookSession; book: FakeWorkbook }, locale: "ko" | "en" = "ko") {
  const onReady = jest.fn();
  if (pane.session.mode === "standalone") await pane.session.open({ kind: "sample" });
  render(<App locale={locale} session={pane.session} onReady={onReady} />);
  await screen.findByTestId("issue-counts", {}, { timeout: 10_000 });
  return { onReady };
}

/** The pane in "Excel": the real Office.js host port over the fake Excel. */
export async function renderExcel(fake: FakeExcel) {
  const session = excelSession(new OfficePort(fake));
  render(<App locale="ko" session={session} />);
  await screen.findByTestId("issue-counts", {}, { timeout: 10_000 });
  return session;
}
