// Which language the add-in speaks. Korean first: English only when the host says English
// (Office's display language inside Excel, the browser's language standalone).

export type Locale = "ko" | "en";

/**
 * The one rule for every shell (ribbon, task pane): English when the language tag's primary
 * subtag is "en" ("en", "en-US", "EN-gb", "en_US"); Korean for anything else, including no tag
 * and look-alikes such as "eng".
 */
export function pickLocale(language: string | null | undefined): Locale {
  if (typeof language !== "string") return "ko";
  const primary = language.trim().split(/[-_]/, 1)[0] ?? "";
  return primary.toLowerCase() === "en" ? "en" : "ko";
}
