// Where keyboard focus goes after an action, so it is never dropped on <body>: after opening a
// workbook the figures heading, after fixes the new 실행 취소, after undo or a report the result
// message, after a dialog the button that opened it. An action asks for a target by name; the
// element that carries that name (focusTarget) takes focus as soon as it is rendered — the
// session's state arrives a render or two after the action resolves.

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

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
  const [pending, setPending] = useState<{ target: FocusTarget; at: number } | null>(null);
  const tick = useRef(0);
  const [, rerender] = useState(0);
  useEffect(() => {
    if (!pending) return;
    if (Date.now() - pending.at > GIVE_UP_MS) {
      setPending(null);
      return;
    }
    const el = root.current?.querySelector<HTMLElement>(`[data-focus-target="${pending.target}"]`);
    if (el && !el.hasAttribute("disabled")) {
      el.focus();
      setPending(null);
      return;
    }
    // Not rendered yet (the session's state is on its way): look again shortly.
    const timer = setTimeout(() => rerender(++tick.current), 50);
    return () => clearTimeout(timer);
  });
  return useCallback((target: FocusTarget) => setPending({ target, at: Date.now() }), []);
}
