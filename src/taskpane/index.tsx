// Task pane entry (webpack). Decides Excel or standalone within 3 s, then renders the pane.
// Standalone-only code (ExcelJS host, sample data) is behind import() so it gets its own chunk.

import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App, type StandaloneOpener } from "./app";
import { detectHost, type OfficeLike } from "./bootstrap";
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
  const host = await detectHost(() => (window as unknown as { Office?: OfficeLike }).Office, { timeoutMs: 2500, officeSettled });
  document.body.dataset.mode = host.mode;

  if (host.mode === "excel") {
    const locale = pickLocale(host.language);
    document.documentElement.lang = locale;
    root.render(<App mode="excel" locale={locale} session={createExcelSession()} onReady={markReady} />);
    return;
  }
  document.documentElement.lang = browserLocale;
  root.render(<App mode="standalone" locale={browserLocale} standalone={lazyStandalone(strings[browserLocale])} onReady={markReady} />);
}

void main();
