// The shape of a catalog (one per language, in locales/): for every issue code, how to say it.
// A mapped type over IssueParamsByCode, so each entry reads exactly the params its code has.

import type { IssueCode, IssueParamsByCode } from "./issue";

/**
 * Where the words are read, so a hint names what exists there: "pane" — the task pane, and the
 * results sheet the ribbon writes in Excel, where the pane is one click away (its buttons and
 * fields); "cli" — the command line (its options and commands).
 */
export type Shell = "pane" | "cli";

/** What an entry is given: the code's params, and the issue's own place and value as text. */
export type MessageArgs<C extends IssueCode> = IssueParamsByCode[C] & {
  /** Where the hint is read: a hint that sends the user somewhere names the pane's control or the CLI's option. */
  readonly shell: Shell;
  /** The offending value, quoted at most QUOTE_MAX characters; "" when the issue has none. */
  readonly value: string;
  readonly sheet: string;
  readonly cell: string;
  /** The place in words ("'집행내역' 시트 D7 셀"), for a message that says it in its own way. */
  readonly at: string;
};

export interface CatalogEntry<C extends IssueCode> {
  /** What is wrong, without the place unless `place` is "own". */
  readonly message: (p: MessageArgs<C>) => string;
  /** What the user can do about it. */
  readonly hint: (p: MessageArgs<C>) => string;
  /**
   * "start" (the default): the renderer puts the place before the message. "own": the message
   * names its sheet itself, or is about no place, and the renderer adds nothing.
   */
  readonly place?: "start" | "own" | ((p: MessageArgs<C>) => "start" | "own");
}

export type Catalog = { readonly [C in IssueCode]: CatalogEntry<C> };
