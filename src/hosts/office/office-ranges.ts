// Addresses and sizes shared by the Office host's reader, writer and change watcher.
import { tryParseCellAddress } from "../../core/address";

/** A rectangle of cells, 0-based and inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "Sheet1!A1:B2" or "'My sheet'!A1" → "A1:B2" / "A1". */
export function stripSheet(address: string): string {
  return address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
}

/** The rectangle of an A1 address as Excel answers it ("Sheet!A1:D10", "A1:D10", "B3"); null for
 * anything else (whole rows or columns, names). */
export function tryBoxOf(address: string): Box | null {
  const [a, b = a] = stripSheet(address).replace(/\$/g, "").split(":") as [string, string?];
  const p = tryParseCellAddress(a);
  const q = tryParseCellAddress(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function boxOf(address: string): Box {
  const box = tryBoxOf(address);
  // Excel always answers a used range as "Sheet!A1:D10"; anything else is a bug to report as one
  // (it reaches the user as an "unknown" host error naming the address), not a TypeError on null.
  if (!box) throw new Error(`unexpected range address from Excel: ${address}`);
  return box;
}

export function originOf(address: string): { row: number; col: number } {
  const b = boxOf(address);
  return { row: b.top, col: b.left };
}

export function contains(outer: Box, inner: Box): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

/** UTF-8 bytes of a value's JSON, as Office.js would send it. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? "";
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}
