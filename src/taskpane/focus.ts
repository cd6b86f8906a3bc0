// Where keyboard focus goes after an action, so it is never dropped on <body>: after opening a
// workbook the figures heading, after fixes the new 실행 취소, after undo or a report the result
// message, after a dialog the button that opened it. An action asks for a target by name; the
// element that carries that name (focusTarget) takes focus as soon as it is rendered — the
// session's state arrives a render or two after the action resolves.

import { useCallback, useEffect, useState, type RefObject } from "react";

export type FocusTarget =
  | "figures"
  | "undo"
  | "fix-notice"
  | "report-result"
  | "template-result"
  | "issues-summary"
  | "period-year"
  | "open-file"
  | "copy-result";

/** Props that mark an element as a focus target (it needs tabIndex -1 unless it is focusable). */
export function focusTarget(name: FocusTarget): { "data-focus-target": FocusTarget } {
  return { "data-focus-target": name };
}

/** A request not met within this time is dropped: focus must not jump long after the action. */
const GIVE_UP_MS = 5000;

/** Returns request(target): focus moves to the target once it is in `root`. */
export function useFocusRequest(root: RefObject<HTMLElement | null>): (target: FocusTarget) => void {
  /** The request, and the dialog on screen when it was made (one closing after its choice). */
  const [pending, setPending] = useState<{ target: FocusTarget; at: number; dialog: Element | null } | null>(null);
  /** Whether the request is met or dropped now: only the page is looked at, nothing re-renders. */
  const settle = useCallback((): boolean => {
    if (!pending) return true;
    // Too late, or the user is in a dialog opened since: moving focus out would close it.
    const dialog = document.activeElement?.closest(DIALOG) ?? null;
    if (Date.now() - pending.at > GIVE_UP_MS || (dialog !== null && dialog !== pending.dialog)) return true;
    const el = root.current?.querySelector<HTMLElement>(`[data-focus-target="${pending.target}"]`);
    // The dialog the request was made from is still closing: its focus goes back to where it
    // was opened first, then on to the target.
    if (el && !el.hasAttribute("disabled") && dialog === null) {
      el.focus();
      return true;
    }
    return false;
  }, [pending, root]);
  // After every render (the session's state has just arrived: the target may be there now)...
  useEffect(() => {
    if (pending && settle()) setPending(null);
  });
  // ...and every 50 ms meanwhile, without re-rendering the pane to look.
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => {
      if (settle()) setPending(null);
    }, 50);
    return () => clearInterval(timer);
  }, [pending, settle]);
  return useCallback((target: FocusTarget) => setPending({ target, at: Date.now(), dialog: document.querySelector(DIALOG) }), []);
}

const DIALOG = "[role='dialog'], [role='alertdialog']";

/**
 * Whether to mount a Fluent dialog: while it is open, and after it closes until its surface has
 * left the page. A dialog kept mounted while closed leaves the focus manager's sentinels
 * (focusable, aria-hidden) in the page; one removed before the focus manager has given the page
 * back leaves the rest of the page aria-hidden. So: mount to open, close it, unmount once the
 * surface is gone and the page is visible to screen readers again.
 */
export function useDialogMount(open: boolean): boolean {
  const [mounted, setMounted] = useState(open);
  useEffect(() => {
    if (open) {
      setMounted(true);
      return;
    }
    const started = Date.now();
    const timer = setInterval(() => {
      // Gone, and the focus manager has given the rest of the page back (it hides it from
      // screen readers while the dialog is open, and restores it a moment after it closes).
      const pageBack = document.querySelector("main")?.closest("[aria-hidden='true']") == null;
      if ((document.querySelector(DIALOG) === null && pageBack) || Date.now() - started > GIVE_UP_MS) {
        clearInterval(timer);
        setMounted(false);
      }
    }, 100);
    return () => clearInterval(timer);
  }, [open]);
  return open || mounted;
}
