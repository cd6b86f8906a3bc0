// Reading a part's stored UTF-8 bytes without decoding all of it (the sheet scanner): finding a
// tag, reading an integer, and decoding one cell's text. A browser's TextDecoder costs a binding
// call each time, most of the scan's time for the 400,000 short texts of a 100,000-row ledger, so
// short texts are decoded here; the result is always exactly TextDecoder's ("utf-8", replacing
// bad sequences), which any text this code is not sure of goes to.

const utf8 = new TextDecoder("utf-8");

/** True when `seq` is at b[i]. */
export function at(b: Uint8Array, i: number, seq: Uint8Array): boolean {
  if (i + seq.length > b.length) return false;
  for (let k = 0; k < seq.length; k++) if (b[i + k] !== seq[k]) return false;
  return true;
}

/** Index of the first `seq` in b[from, to), or -1. */
export function find(b: Uint8Array, seq: Uint8Array, from: number, to: number): number {
  const first = seq[0]!;
  for (let i = b.indexOf(first, from); i >= 0 && i + seq.length <= to; i = b.indexOf(first, i + 1)) if (at(b, i, seq)) return i;
  return -1;
}

/** Index of the last `seq` in b[from, to), or -1: a closing tag near the end, without scanning what comes before it. */
export function findLast(b: Uint8Array, seq: Uint8Array, from: number, to: number): number {
  const first = seq[0]!;
  const last = to - seq.length;
  if (last < from) return -1; // (a negative start would count from the end)
  for (let i = b.lastIndexOf(first, last); i >= from; i = i > 0 ? b.lastIndexOf(first, i - 1) : -1) if (at(b, i, seq)) return i;
  return -1;
}

/**
 * The code (a byte, or a string's char code: the same for ASCII) just after a tag name ends it:
 * space, tab, CR, LF, ">" or "/". "<c" is followed by one; "<cols" is not.
 */
export function isBoundary(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** The integer in b[from, to) (digits only), or -1. */
export function int(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  if (from >= to) return -1;
  for (let i = from; i < to; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Above this many bytes TextDecoder's own speed wins over its call's cost. */
const SHORT = 256;

const cont = (c: number | undefined) => c !== undefined && (c & 0xc0) === 0x80;

/** b[from, to) decoded as UTF-8, exactly as TextDecoder("utf-8") does. */
export function decodeUtf8(b: Uint8Array, from: number, to: number): string {
  if (to - from > SHORT) return utf8.decode(b.subarray(from, to));
  let s = "";
  for (let i = from; i < to; ) {
    const c = b[i]!;
    if (c < 0x80) {
      s += String.fromCharCode(c);
      i++;
      continue;
    }
    const c1 = i + 1 < to ? b[i + 1] : undefined;
    const c2 = i + 2 < to ? b[i + 2] : undefined;
    const c3 = i + 3 < to ? b[i + 3] : undefined;
    // A byte order mark at the start is TextDecoder's to drop.
    if (i === from && c === 0xef && c1 === 0xbb && c2 === 0xbf) return utf8.decode(b.subarray(from, to));
    if (c >= 0xc2 && c <= 0xdf && cont(c1)) {
      s += String.fromCharCode(((c & 0x1f) << 6) | (c1! & 0x3f));
      i += 2;
    } else if (c >= 0xe0 && c <= 0xef && cont(c1) && cont(c2) && (c !== 0xe0 || c1! >= 0xa0) && (c !== 0xed || c1! <= 0x9f)) {
      // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
      s += String.fromCharCode(((c & 0x0f) << 12) | ((c1! & 0x3f) << 6) | (c2! & 0x3f));
      i += 3;
    } else if (c >= 0xf0 && c <= 0xf4 && cont(c1) && cont(c2) && cont(c3) && (c !== 0xf0 || c1! >= 0x90) && (c !== 0xf4 || c1! <= 0x8f)) {
      s += String.fromCodePoint(((c & 0x07) << 18) | ((c1! & 0x3f) << 12) | ((c2! & 0x3f) << 6) | (c3! & 0x3f));
      i += 4;
    } else {
      // A bad or cut sequence: the replacement characters are TextDecoder's to place.
      return utf8.decode(b.subarray(from, to));
    }
  }
  return s;
}
