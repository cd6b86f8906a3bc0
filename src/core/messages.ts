// The one catalog of issue messages, Korean and English. Every issue code the core can emit has
// an entry here; a test checks that each entry renders in both languages without leftover
// placeholders. Call sites never build message strings themselves.

import type { Issue, IssueParams, Locale } from "./issues";

export interface CatalogEntry {
  readonly ko: (p: IssueParams) => string;
  readonly en: (p: IssueParams) => string;
  /** What the user can do about it. */
  readonly hintKo: (p: IssueParams) => string;
  readonly hintEn: (p: IssueParams) => string;
}

// Entries are grouped by the part of the core that emits them. Keep codes kebab-case and stable:
// they appear in --json output and users' scripts may depend on them.
export const catalog = {
  // --- filled by the workbook core (sheets, headers, cells, cross-sheet checks) ---
  // --- filled by the meeting sheet and report planning ---
} satisfies Record<string, CatalogEntry>;

export type IssueCode = keyof typeof catalog;

export interface RenderedIssue {
  readonly message: string;
  readonly hint: string;
}

export function renderIssue(issue: Issue, locale: Locale): RenderedIssue {
  const entry: CatalogEntry = catalog[issue.code];
  const p: IssueParams = { ...issue.params, sheet: issue.sheet ?? "", cell: issue.cell ?? "", value: issue.value ?? "" };
  return locale === "ko" ? { message: entry.ko(p), hint: entry.hintKo(p) } : { message: entry.en(p), hint: entry.hintEn(p) };
}
