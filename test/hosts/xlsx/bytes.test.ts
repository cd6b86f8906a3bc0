// The scanner's byte helpers: its own UTF-8 decoding of short texts gives exactly what the
// platform's TextDecoder gives for any bytes (valid, overlong, surrogates, cut sequences, a byte
// order mark), and a closing tag is found from the end as it would be from the start.
import fc from "fast-check";
import { decodeUtf8, find, findLast } from "../../../src/hosts/xlsx/bytes";

const platform = new TextDecoder("utf-8");
const enc = new TextEncoder();

/** Bytes that are mostly text, with the sequences a decoder gets wrong. */
const bytes = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 8 }).map((s) => [...enc.encode(s)]),
      fc.constantFrom([0xef, 0xbb, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80], [0xff]),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe("decodeUtf8", () => {
  it("decodes any bytes, and any range of them, exactly as TextDecoder does", () => {
    fc.assert(
      fc.property(bytes, fc.nat(), fc.nat(), (b, x, y) => {
        expect(decodeUtf8(b, 0, b.length)).toBe(platform.decode(b));
        const from = b.length === 0 ? 0 : x % b.length;
        const to = from + (b.length === 0 ? 0 : y % (b.length - from + 1));
        expect(decodeUtf8(b, from, to)).toBe(platform.decode(b.subarray(from, to)));
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ["Korean", "집행내역 사업명"],
    ["an emoji (four bytes)", "회의 \u{1f600}"],
    ["a byte order mark first", "\ufeff앞"],
    ["a long text (TextDecoder itself)", "가".repeat(200)],
  ])("%s", (_name, s) => {
    const b = enc.encode(s);
    expect(decodeUtf8(b, 0, b.length)).toBe(platform.decode(b));
  });
});

describe("find and findLast", () => {
  it("find the same tag when it occurs once, wherever it is", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (before, after) => {
        const tag = enc.encode("</x:sheetData>");
        const b = enc.encode(`${before.replace(/</g, "")}</x:sheetData>${after.replace(/</g, "")}`);
        expect(findLast(b, tag, 0, b.length)).toBe(find(b, tag, 0, b.length));
      }),
    );
  });

  it("keep within [from, to)", () => {
    const b = enc.encode("<a/><a/><a/>");
    const a = enc.encode("<a/>");
    expect(findLast(b, a, 0, b.length)).toBe(8);
    expect(findLast(b, a, 0, 11)).toBe(4);
    expect(findLast(b, a, 5, 11)).toBe(-1);
    expect(findLast(b, a, 0, 3)).toBe(-1);
  });
});
