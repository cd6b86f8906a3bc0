// Shared text clean-up for cell parsers. Accountants' cells come from Korean IMEs (full-width
// digits and punctuation), Mac pastes (decomposed Hangul), and bank exports (non-breaking spaces).

/**
 * Full-width ASCII forms (U+FF01–U+FF5E) to ASCII, the ideographic space and no-break spaces to a
 * plain space, and the minus-like signs to "-". Returns the same string when there is nothing to do.
 */
export function toHalfWidth(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e) {
      needs = true;
      break;
    }
  }
  if (!needs) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0 || c === 0x2007 || c === 0x202f || c === 0xfeff) out += " ";
    else if (c === 0x2212 || c === 0x2013 || c === 0x2012 || c === 0xfe63) out += "-";
    else out += s[i];
  }
  return out;
}
