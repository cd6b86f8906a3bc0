// Task pane entry (webpack). Decides Excel or standalone within 3 s, then renders the pane.
// Standalone-only code (ExcelJS host, sample data) is behind import() so it gets its own chunk.

import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App, type StandaloneOpener } from "./app";
import { OFFICE_WAIT_MS, detectHost, isOutdatedWebview, type OfficeLike } from "./bootstrap";
import { pickLocale, strings } from "./i18n";
import { createExcelSession } from "./excel-session";

function markReady(): void {
  document.body.dataset.ready = "true";
}

/** Imports the standalone chunk once, on first need; started early so the first click is quick. */
function lazyStandalone(t: (typeof strings)["ko"]): StandaloneOpener {
  let mod: Promise<typeof import("./standalone/standalone-session")> | null = null;
  const load = () => (mod ??= import(/* webpackChunkName: "standalone" */ "./standalone/standalone-session"));
  void load().catch(() => {
    mod = null; // retried on the user's click, which then reports the failure
  });
  return {
    openFile: async (file) => (await load()).createStandaloneOpener(t).openFile(file),
    openSample: async () => (await load()).createStandaloneOpener(t).openSample(),
  };
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
  const host = await detectHost(() => (window as unknown as { Office?: OfficeLike }).Office, { timeoutMs, officeSettled });

  const renderExcel = (language: string | undefined) => {
    const locale = pickLocale(language);
    document.body.dataset.mode = "excel";
    document.documentElement.lang = locale;
    root.render(<App key="excel" mode="excel" locale={locale} session={createExcelSession()} onReady={markReady} />);
  };
  if (host.mode === "excel") {
    renderExcel(host.language);
    return;
  }
  document.body.dataset.mode = "standalone";
  document.documentElement.lang = browserLocale;
  root.render(<App key="standalone" mode="standalone" locale={browserLocale} standalone={lazyStandalone(strings[browserLocale])} onReady={markReady} />);
  // Office was there but slow: if it turns out to be Excel after all, become the Excel task pane.
  void host.lateExcel?.then((late) => renderExcel(late.language));
}

void main();
