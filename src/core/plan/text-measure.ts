// Row heights for wrapped text. Excel cannot auto-fit rows whose text sits in merged cells, and
// LibreOffice keeps whatever height the file says, so the plan computes heights from the text.
//
// Units: widths are Excel character units (the width of "0" in the default 10pt font, ~7 px);
// heights are points. Estimates err on the wide side: a row a little too tall is harmless,
// a row too short cuts text off on paper.

/** The font size the character unit refers to. */
export const BASE_FONT_SIZE = 10;
/** Line pitch per point of font size; 맑은 고딕 and Noto Sans CJK need ~1.3–1.45. */
export const LINE_FACTOR = 1.45;
/** Extra points per row above and below the text. */
export const ROW_PADDING = 5;
/** Character units lost to the cell's inner margins. */
export const CELL_PADDING_UNITS = 1;

/** Width of one character in character units at the base size. */
export function charUnits(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x20) return 0.6;
  if (c < 0x80) {
    if (/[.,:;'`|!ijl()[\]{}"]/.test(ch)) return 0.55;
    if (/[A-Z]/.test(ch)) return ch === "M" || ch === "W" ? 1.5 : 1.2;
    if (ch === "m" || ch === "w") return 1.4;
    if (ch === "%" || ch === "@" || ch === "&") return 1.5;
    return 1.0;
  }
  // Hangul syllables and jamo, CJK ideographs and symbols, full-width forms: one em, two units.
  if (
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xac00 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000
  ) {
    return 2;
  }
  // Arrows, bullets, circled numbers, box and geometric symbols render wide in Korean fonts.
  if (c >= 0x2000 && c <= 0x2bff) return c === 0x2009 || c === 0x200b ? 0.3 : 2;
  if (c === 0xb7) return 1; // middle dot (민·관)
  // Accented Latin and everything else: about a digit.
  return 1.1;
}

/** Width of a single line of text in character units at the given font size. */
export function textUnits(text: string, fontSize = BASE_FONT_SIZE): number {
  let units = 0;
  for (const ch of text) units += charUnits(ch);
  return (units * fontSize) / BASE_FONT_SIZE;
}

/**
 * Splits text into the lines a wrapping cell shows: explicit newlines first, then greedy
 * wrapping at spaces; a word wider than the line is broken between characters (as Excel does
 * for long Korean runs).
 */
export function wrapLines(text: string, widthUnits: number, fontSize = BASE_FONT_SIZE): string[] {
  const width = Math.max(1, widthUnits);
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    const words = paragraph.split(" ");
    let line = "";
    for (const word of words) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (textUnits(candidate, fontSize) <= width) {
        line = candidate;
        continue;
      }
      if (line !== "") out.push(line);
      line = "";
      // Break an over-long word between characters.
      let piece = "";
      for (const ch of word) {
        if (piece !== "" && textUnits(piece + ch, fontSize) > width) {
          out.push(piece);
          piece = "";
        }
        piece += ch;
      }
      line = piece;
    }
    out.push(line);
  }
  return out;
}

export function lineCount(text: string, widthUnits: number, fontSize = BASE_FONT_SIZE): number {
  return wrapLines(text, widthUnits - CELL_PADDING_UNITS, fontSize).length;
}

/** Points for one line of text at the given size. */
export function lineHeight(fontSize = BASE_FONT_SIZE): number {
  return fontSize * LINE_FACTOR;
}

/**
 * Row height in points for text wrapped into a cell (or merged range) `widthUnits` wide.
 * Rounded up to a quarter point, as Excel stores heights; never below `minHeight`.
 */
export function rowHeightFor(text: string, widthUnits: number, fontSize = BASE_FONT_SIZE, minHeight = 0): number {
  const lines = lineCount(text, widthUnits, fontSize);
  const h = lines * lineHeight(fontSize) + ROW_PADDING;
  return Math.max(minHeight, Math.ceil(h * 4) / 4);
}
