// Issue → words, in Korean or English: the catalog entry of its code, with the place put before
// the message by the renderer (never rendered into the message and stripped again).

import type { Locale } from "../locale";
import type { CatalogEntry, Catalog, MessageArgs, Shell } from "./catalog";
import type { Issue, IssueCode } from "./issue";
import { en } from "./locales/en";
import { ko } from "./locales/ko";

export const catalogs: Readonly<Record<Locale, Catalog>> = { ko, en };

export interface RenderedIssue {
  readonly message: string;
  readonly hint: string;
}

export interface RenderOptions {
  /**
   * False where the sheet and cell are already shown beside the message (the task pane's list,
   * the CLI's lines, the results sheet's columns): the message comes without its leading place.
   * Messages carry their place by default, for --json and anywhere the message stands alone.
   */
  readonly withPlace?: boolean;
  /** Where the words are read (catalog.ts Shell): the task pane by default, "cli" on the command line. */
  readonly shell?: Shell;
}

export type { Shell } from "./catalog";

/** Longest cell text quoted in a message, in characters; the whole value stays in `issue.value`. */
export const QUOTE_MAX = 60;

/** Params that quote a user's cell: a 40,000-character cell would otherwise make a 40,000-character message. */
const QUOTED_PARAMS = ["after", "suggestion", "line"] as const;

function clipQuote<T>(v: T): T {
  if (typeof v !== "string" || v.length <= QUOTE_MAX) return v;
  const chars = Array.from(v);
  return (chars.length <= QUOTE_MAX ? v : `${chars.slice(0, QUOTE_MAX).join("")}…`) as T;
}

/** "'집행내역' 시트 D7 셀" / "Sheet '집행내역', cell D7": where an issue is. */
export function placeText(sheet: string, cell: string, locale: Locale): string {
  if (locale === "ko") return cell ? `'${sheet}' 시트 ${cell} 셀` : `'${sheet}' 시트`;
  return cell ? `Sheet '${sheet}', cell ${cell}` : `Sheet '${sheet}'`;
}

export function renderIssue(issue: Issue, locale: Locale, options: RenderOptions = {}): RenderedIssue {
  // The entry and the args belong to the same code; TypeScript cannot follow that through the union.
  const entry = catalogs[locale][issue.code] as CatalogEntry<IssueCode>;
  const sheet = issue.sheet ?? "";
  const cell = issue.cell ?? "";
  const args: Record<string, unknown> = { ...issue.params };
  for (const k of QUOTED_PARAMS) if (args[k] !== undefined) args[k] = clipQuote(args[k]);
  Object.assign(args, { value: clipQuote(issue.value ?? ""), sheet, cell, at: placeText(sheet, cell, locale), shell: options.shell ?? "pane" });
  const p = args as MessageArgs<IssueCode>;
  const body = entry.message(p);
  const hint = entry.hint(p);
  const place = typeof entry.place === "function" ? entry.place(p) : (entry.place ?? "start");
  if (place === "own" || sheet === "") return { message: body, hint };
  if (options.withPlace !== false) return { message: `${p.at}: ${body}`, hint };
  return { message: locale === "en" ? body.charAt(0).toUpperCase() + body.slice(1) : body, hint };
}
