// Where are we running? Inside Excel, Office.onReady reports the Excel host. In a plain browser it
// reports no host, and when office.js could not be loaded at all (no network, CDN blocked) it never
// resolves or `Office` never appears: then we give up after a short wait and run standalone.

/** Where the task pane runs: inside Excel, or in a plain browser on files the user opens. */
export type StartMode = "excel" | "standalone";

/** The part of office.js the bootstrap looks at. */
export interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform?: string | null }>;
  context?: { displayLanguage?: string };
}

export interface StartInfo {
  readonly mode: StartMode;
  /** Office's display language inside Excel ("ko-KR", "en-US"); undefined standalone. */
  readonly language?: string;
  /**
   * Standalone because office.js was loaded but not ready in time: resolves to the Excel host if
   * Office turns out to be ready in Excel after all (a slow start), else never. The page switches
   * to Excel mode then, rather than stay standalone inside Excel.
   */
  readonly lateExcel?: Promise<StartInfo>;
}

export interface DetectOptions {
  /** Total wait for office.js and its onReady, in ms. */
  readonly timeoutMs?: number;
  /** How often to look for a late `Office` global, in ms. */
  readonly pollMs?: number;
  /**
   * True when a missing `Office` global will not appear later: the page has no office.js script,
   * or loads it synchronously in <head> (so by the time the app runs it has run or failed).
   */
  readonly officeSettled?: boolean;
}

/**
 * How long, from navigation start, the pane waits for office.js before going standalone (ms).
 * Standalone must show within 3 s; 2 s leaves a second for rendering on a busy machine, and an
 * Excel that becomes ready later still switches the pane to Excel mode (lateExcel).
 */
export const OFFICE_WAIT_MS = 2000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function detectOffice(getOffice: () => OfficeLike | undefined, options: DetectOptions = {}): Promise<StartInfo> {
  const timeoutMs = options.timeoutMs ?? OFFICE_WAIT_MS;
  const pollMs = options.pollMs ?? 50;
  const deadline = Date.now() + timeoutMs;
  let office = getOffice();
  if (!office && options.officeSettled) return { mode: "standalone" };
  while (!office && Date.now() < deadline) {
    await sleep(pollMs);
    office = getOffice();
  }
  if (!office || typeof office.onReady !== "function") return { mode: "standalone" };
  const remaining = Math.max(0, deadline - Date.now());
  const found = office;
  const ready = found.onReady().catch(() => null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = Symbol("timeout");
  const info = await Promise.race([
    ready,
    new Promise<typeof timedOut>((r) => {
      timer = setTimeout(() => r(timedOut), remaining);
    }),
  ]);
  clearTimeout(timer);
  const excel = (): StartInfo => ({ mode: "excel", language: found.context?.displayLanguage });
  if (info === timedOut) {
    const lateExcel = ready.then((late) => (late && late.host === "Excel" ? excel() : new Promise<StartInfo>(() => undefined)));
    return { mode: "standalone", lateExcel };
  }
  if (info && info.host === "Excel") return excel();
  return { mode: "standalone" };
}

/** True when compat-check.js (loaded before the bundle) found a browser control without ES2020 and
 * is showing its "update Office" message: the pane then does not start. */
export function isOutdatedWebview(doc: Pick<Document, "documentElement"> = document): boolean {
  return doc.documentElement.getAttribute("data-outdated") === "true";
}
