// No lost work in standalone mode. While the page's copy holds changes the user has not downloaded
// (SessionState.unsaved), opening another file or the sample asks first (download then open /
// open without downloading / cancel), and leaving or reloading the page gets the browser's
// "leave site?" prompt. Both stop once the copy equals the file again (undo, or a download).
// A file that cannot be opened is named in the message. Focus: the figures heading after an
// open, back to where the user was after cancel.

import { useCallback, useEffect, useRef, useState } from "react";
import type { OpenSource, WorkbookSession } from "../session/workbook-session";
import type { UnsavedChoice } from "./components/unsaved-dialog";
import type { FocusTarget } from "./focus";

export interface OpenGuard {
  /** Opens `source` (named `name` for the user), asking first when changes would be lost. */
  readonly requestOpen: (source: OpenSource, name: string) => void;
  /** The name of what waits to be opened while the dialog asks; null: no dialog. */
  readonly pending: string | null;
  readonly choose: (choice: UnsavedChoice) => void;
}

export interface OpenGuardOptions {
  readonly session: WorkbookSession;
  readonly unsaved: boolean;
  readonly requestFocus: (target: FocusTarget) => void;
  /** Shows why `name` could not be opened (the session's failure in the user's words). */
  readonly onOpenFailed: (name: string) => void;
}

/** While `active`, leaving the page asks first (the browser's own prompt; its wording is the browser's). */
export function useBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers need a returnValue to show the prompt.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [active]);
}

export function useOpenGuard({ session, unsaved, requestFocus, onOpenFailed }: OpenGuardOptions): OpenGuard {
  useBeforeUnload(unsaved);
  const [pending, setPending] = useState<{ source: OpenSource; name: string } | null>(null);
  /** Where focus was when the dialog opened: it goes back there on cancel. */
  const returnTo = useRef<HTMLElement | null>(null);

  const open = useCallback(
    async (source: OpenSource, name: string) => {
      const r = await session.open(source);
      if (r.ok) requestFocus("figures");
      else onOpenFailed(name);
    },
    [session, requestFocus, onOpenFailed],
  );

  const requestOpen = useCallback(
    (source: OpenSource, name: string) => {
      if (!session.getState().unsaved) {
        void open(source, name);
        return;
      }
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setPending({ source, name });
    },
    [session, open],
  );

  const choose = useCallback(
    (choice: UnsavedChoice) => {
      const waiting = pending;
      setPending(null);
      if (!waiting) return;
      if (choice === "cancel") {
        // The file input that chose the file is hidden: then the open-file button takes focus.
        const back = returnTo.current;
        setTimeout(() => (back && back.isConnected && back.offsetParent !== null ? back.focus() : requestFocus("open-file")), 0);
        return;
      }
      void (async () => {
        if (choice === "download") {
          const d = await session.downloadCopy();
          if (!d.ok) return; // the session's error says why; nothing is opened
        }
        await open(waiting.source, waiting.name);
      })();
    },
    [pending, session, open, requestFocus],
  );

  return { requestOpen, pending: pending?.name ?? null, choose };
}
