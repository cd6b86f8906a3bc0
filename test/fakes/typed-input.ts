// How the fakes read a string put into Range.values: as typed input, under the documented rule only.
//
// Documented (Range.values): a value starting with "=", "+" or "-" is interpreted as a formula; "@"
// is treated the same, to be safe. A leading apostrophe is the quote prefix, as when typing: the rest
// is stored as text. Numbers, percentages, ISO dates and TRUE/FALSE are converted.
// Not documented, so the fakes take the reading that would hurt: a text number format ("@") does not
// stop any of this, and in a cell that already has the "@" format an apostrophe is kept as part of
// the text. A host that passes here keeps text as text whichever way real Excel decides.

export type Scalar = string | number | boolean;

export interface Typed {
  readonly value: Scalar | null;
  readonly formula?: string;
  /** An error value such as "#NAME?" (a formula Excel cannot evaluate). */
  readonly error?: string;
  /** A number format Excel gives a General cell for what was typed (dates, percentages). */
  readonly numberFormat?: string;
  /** Stored with Excel's quote prefix. */
  readonly quotePrefix?: boolean;
}

const DATE_SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export function typedInput(s: string, cellFormat: string): Typed {
  if (s === "") return { value: null };
  if (s.startsWith("'")) return cellFormat === "@" ? { value: s } : { value: s.slice(1), quotePrefix: true };
  if (/^[+-]?\d+(\.\d+)?$/.test(s)) return { value: Number(s) };
  if (/^[=+\-@]/.test(s)) {
    const formula = s.startsWith("=") ? s : `=${s.startsWith("@") ? s.slice(1) : s}`;
    const n = evaluate(formula.slice(1));
    return n === null ? { value: null, formula, error: "#NAME?" } : { value: n, formula };
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { value: Number(s.replace(/,/g, "")) };
  if (/^\d+(\.\d+)?%$/.test(s)) return { value: Number(s.slice(0, -1)) / 100, numberFormat: "0%" };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return { value: (Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!) - DATE_SERIAL_EPOCH) / 86_400_000, numberFormat: "yyyy-mm-dd" };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  return { value: s };
}

/** Arithmetic on number literals (+ - * / and parentheses); null for anything else (names, text),
 * which Excel shows as #NAME?. */
export function evaluate(expr: string): number | null {
  const tokens = expr.match(/\d+(\.\d+)?|[-+*/()]|\S/g) ?? [];
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const primary = (): number | null => {
    const t = tokens[i++];
    if (t === undefined) return null;
    if (t === "+" || t === "-") {
      const v = primary();
      return v === null ? null : t === "-" ? -v : v;
    }
    if (t === "(") {
      const v = sum();
      return tokens[i++] === ")" ? v : null;
    }
    return /^\d/.test(t) ? Number(t) : null;
  };
  const product = (): number | null => {
    let v = primary();
    while (v !== null && (peek() === "*" || peek() === "/")) {
      const op = tokens[i++];
      const w = primary();
      if (w === null) return null;
      v = op === "*" ? v * w : v / w;
    }
    return v;
  };
  const sum = (): number | null => {
    let v = product();
    while (v !== null && (peek() === "+" || peek() === "-")) {
      const op = tokens[i++];
      const w = product();
      if (w === null) return null;
      v = op === "+" ? v + w : v - w;
    }
    return v;
  };
  const v = sum();
  return i === tokens.length ? v : null;
}
