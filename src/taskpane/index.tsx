// Task pane entry (webpack). Decides Excel or standalone within 3 s, then renders the pane.
// Standalone-only code (ExcelJS host, sample data) is behind import() so it gets its own chunk.

import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { pickLocale } from "../core/locale";
import { createSession, type WorkbookAccess } from "../session/workbook-session";
import { App } from "./app";
import { OFFICE_WAIT_MS, detectOffice, isOutdatedWebview, type OfficeLike } from "./bootstrap";
import { strings } from "./i18n";
import { createExcelSession } from "./excel-session";

function markReady(): void {
  document.body.dataset.ready = "true";
}

/**
 * Imports the standalone chunk once, on first need; started early, with the worker that will read
 * the file, so the first click is quick.
 */
function lazyStandalone(t: (typeof strings)["ko"]): WorkbookAccess {
  let mod: Promise<typeof import("./standalone/standalone-access")> | null = null;
  const load = () => (mod ??= import(/* webpackChunkName: "standalone" */ "./standalone/standalone-access"));
  void load().then(
    (m) => m.prepareStandalone(),
    () => {
      mod = null; // retried on the user's click, which then reports the failure
    },
  );
  return { mode: "standalone", open: async (source) => (await load()).standaloneAccess(t).open(source) };
}

async function main(): Promise<void> {
  if (isOutdatedWebview()) return; // compat-check.js shows "update Office" instead
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const root = createRoot(container);
  const browserLocale = pickLocale(navigator.language);
  root.render(
    <FluentProvider theme={webLightTheme} lang={browserLocale}>
      <Spinner label={strings[browserLocale].loadingHost} style={{ marginTop: "2rem" }} />
    </FluentProvider>,
  );

  // taskpane.html loads office.js synchronously in <head>, before this deferred bundle: if `Office`
  // is missing now, the script failed and waiting would not help. An async/deferred or absent
  // script tag gets the full wait.
  const officeScript = Array.from(document.scripts).find((s) => /office\.js(\?|$)/.test(s.src));
  const officeSettled = !officeScript || (!officeScript.async && !officeScript.defer);
  // Counted from navigation start (not from now: loading the page already took some of it), so the
  // switch to standalone happens within 3 s of opening the page.
  const timeoutMs = Math.max(250, OFFICE_WAIT_MS - performance.now());
  const start = await detectOffice(() => (window as unknown as { Office?: OfficeLike }).Office, { timeoutMs, officeSettled });

  const renderExcel = (language: string | undefined) => {
    const locale = pickLocale(language);
    document.body.dataset.mode = "excel";
    document.documentElement.lang = locale;
    root.render(<App key="excel" locale={locale} session={createExcelSession()} onReady={markReady} />);
  };
  if (start.mode === "excel") {
    renderExcel(start.language);
    return;
  }
  document.body.dataset.mode = "standalone";
  document.documentElement.lang = browserLocale;
  const session = createSession(lazyStandalone(strings[browserLocale]));
  root.render(<App key="standalone" locale={browserLocale} session={session} onReady={markReady} />);
  // Office was there but slow: if it turns out to be Excel after all, become the Excel task pane.
  void start.lateExcel?.then((late) => renderExcel(late.language));
}

void main();
