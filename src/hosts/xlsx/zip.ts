// The zip container of an .xlsx, read and written by hand around fflate's inflate/deflate.
// Reading goes through the central directory (what Excel trusts), so a truncated download or a
// damaged directory is a clear failure, never a hang. Writing copies the compressed bytes of every
// part that did not change, so the copy keeps the user's parts byte for byte (and costs nothing to
// compress again). No Node imports: this runs in the CLI, the tests and the browser's worker.

import { deflateSync, inflateSync } from "fflate";
import { err, ok, type Result } from "../../core/result";

export interface ZipEntry {
  /** Part name as stored, e.g. "xl/worksheets/sheet1.xml" (no leading slash). */
  readonly name: string;
  readonly method: number; // 0 stored, 8 deflated
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the compressed data in the archive. */
  readonly dataStart: number;
  readonly dosTime: number;
  readonly dosDate: number;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
}

/** Why an archive could not be read (for UnreadableKind: "corrupt" unless nothing zip-like was there). */
export type ZipFailure = { readonly kind: "corrupt"; readonly detail: string };

const fail = (detail: string): Result<never, ZipFailure> => err({ kind: "corrupt", detail });

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/** Reads the central directory. Every entry's bounds are checked against the archive's length. */
export function readZip(bytes: Uint8Array): Result<ZipArchive, ZipFailure> {
  // The end record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail("no end of central directory (truncated?)");
  let count = u16(bytes, eocd + 10);
  let dirSize = u32(bytes, eocd + 12);
  let dirStart = u32(bytes, eocd + 16);
  if (count === 0xffff || dirStart === 0xffffffff || dirSize === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== SIG_EOCD64_LOCATOR) return fail("zip64 locator missing");
    const e64 = u64(bytes, loc + 8);
    if (e64 + 56 > bytes.length || u32(bytes, e64) !== SIG_EOCD64) return fail("zip64 end record missing");
    count = u64(bytes, e64 + 32);
    dirSize = u64(bytes, e64 + 40);
    dirStart = u64(bytes, e64 + 48);
  }
  if (dirStart + dirSize > bytes.length) return fail("central directory past the end (truncated?)");
  const entries: ZipEntry[] = [];
  let p = dirStart;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL) return fail(`central directory entry ${n} damaged`);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    const name = (flags & 0x800 ? utf8 : latin1).decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64 sizes and offset, in that order, for the fields that overflowed.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(bytes, x);
      const len = u16(bytes, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff) (size = u64(bytes, q)), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(bytes, q)), (q += 8);
        if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
      }
      x += 4 + len;
    }
    p = xEnd + commentLen;
    if (flags & 0x1) return fail(`${name} is encrypted inside the zip`);
    if (method !== 0 && method !== 8) return fail(`${name} uses compression method ${method}`);
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== SIG_LOCAL) return fail(`${name}: local header damaged`);
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > bytes.length) return fail(`${name} runs past the end (truncated?)`);
    if (name.endsWith("/")) continue; // folders
    entries.push({ name, method, crc, compressedSize, size, dataStart, dosTime: u16(bytes, localOffset + 10), dosDate: u16(bytes, localOffset + 12) });
  }
  return ok({ bytes, entries });
}

/**
 * Native replacements where the platform has them (Node's zlib: about twice as fast as fflate).
 * The browser keeps fflate and the CRC below. Each must behave exactly like what it replaces.
 */
export interface ZipCodec {
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  deflateRaw(data: Uint8Array, level: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

let codec: ZipCodec = {
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflateRaw: (data, level) => deflateSync(data, { level: level as 1 | 6 }),
  crc32: crc32Js,
};

export function useZipCodec(native: Partial<ZipCodec>): void {
  codec = { ...codec, ...native };
}

/**
 * The uncompressed bytes of one entry, checked against its CRC (a damaged part is never read as
 * data). `ahead` is the entry already inflated by inflateAhead.
 */
export function entryBytes(zip: ZipArchive, entry: ZipEntry, ahead?: Uint8Array): Result<Uint8Array, ZipFailure> {
  const raw = zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let data: Uint8Array;
  try {
    data = ahead ?? (entry.method === 0 ? raw : codec.inflateRaw(raw, entry.size));
  } catch (e) {
    return fail(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (data.length !== entry.size) return fail(`${entry.name}: ${data.length} bytes instead of ${entry.size}`);
  if (codec.crc32(data) !== entry.crc) return fail(`${entry.name}: checksum mismatch`);
  return ok(data);
}

/**
 * Inflates the large deflated entries of an archive with an asynchronous inflater (the browser's
 * native DecompressionStream), all at once; the synchronous reader then takes them from the map.
 * An entry that fails here is left out, and fails again, with its reason, when it is read.
 */
export async function inflateAhead(bytes: Uint8Array, inflate: (raw: Uint8Array) => Promise<Uint8Array>, minSize = 256 * 1024): Promise<Map<string, Uint8Array>> {
  const zip = readZip(bytes);
  const out = new Map<string, Uint8Array>();
  if (!zip.ok) return out;
  const big = zip.value.entries.filter((e) => e.method === 8 && e.size >= minSize);
  await Promise.all(
    big.map(async (e) => {
      try {
        out.set(e.name, await inflate(bytes.subarray(e.dataStart, e.dataStart + e.compressedSize)));
      } catch {
        // read (and refused) by entryBytes
      }
    }),
  );
  return out;
}

// CRC-32 (IEEE), slicing by 4: about a quarter of the time of a byte-at-a-time table.
const CRC_TABLES: Uint32Array[] = (() => {
  const t0 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c >>> 0;
  }
  const tables = [t0];
  for (let k = 1; k < 4; k++) {
    const prev = tables[k - 1]!;
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) t[n] = (prev[n]! >>> 8) ^ t0[prev[n]! & 0xff]!;
    tables.push(t);
  }
  return tables;
})();

export function crc32(data: Uint8Array): number {
  return codec.crc32(data);
}

function crc32Js(data: Uint8Array): number {
  const [t0, t1, t2, t3] = CRC_TABLES as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let c = 0xffffffff;
  let i = 0;
  const n4 = data.length & ~3;
  for (; i < n4; i += 4) {
    c ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    c = t3[c & 0xff]! ^ t2[(c >>> 8) & 0xff]! ^ t1[(c >>> 16) & 0xff]! ^ t0[c >>> 24]!;
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One entry of an archive to write: copied compressed from an input, or new content. */
export type ZipOut =
  | { readonly name: string; readonly copy: ZipEntry; readonly from: ZipArchive }
  | { readonly name: string; readonly data: Uint8Array };

/** 1980-01-01 00:00, the DOS epoch: new parts get a fixed time so equal content gives equal files. */
const DOS_DATE_1980 = 0x21;

const utf8Encoder = new TextEncoder();

/** Writes a zip. Copied entries keep their compressed bytes; new ones are deflated (fast level when large). */
export function writeZip(parts: readonly ZipOut[]): Uint8Array {
  interface Prepared {
    name: Uint8Array;
    utf8: boolean;
    method: number;
    crc: number;
    size: number;
    data: Uint8Array;
    time: number;
    date: number;
    offset: number;
  }
  const prepared: Prepared[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = utf8Encoder.encode(part.name);
    const isUtf8 = name.length !== part.name.length;
    let p: Prepared;
    if ("copy" in part) {
      const e = part.copy;
      const data = part.from.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
      p = { name, utf8: isUtf8, method: e.method, crc: e.crc, size: e.size, data, time: e.dosTime, date: e.dosDate, offset };
    } else {
      // Level 6 for the few small parts we write; level 1 for a large sheet changed by fixes.
      const data = codec.deflateRaw(part.data, part.data.length > 4_000_000 ? 1 : 6);
      p = { name, utf8: isUtf8, method: 8, crc: crc32(part.data), size: part.data.length, data, time: 0, date: DOS_DATE_1980, offset };
    }
    prepared.push(p);
    offset += 30 + name.length + p.data.length;
  }
  const dirSize = prepared.reduce((s, p) => s + 46 + p.name.length, 0);
  if (offset + dirSize > 0xfffffff0 || prepared.length > 0xfffe) throw new Error("workbook too large for a zip without zip64");
  const out = new Uint8Array(offset + dirSize + 22);
  const view = new DataView(out.buffer);
  let w = 0;
  const header = (p: Prepared, central: boolean) => {
    view.setUint32(w, central ? SIG_CENTRAL : SIG_LOCAL, true);
    w += 4;
    if (central) view.setUint16((w += 2) - 2, 20, true); // version made by
    view.setUint16(w, 20, true); // version needed
    view.setUint16(w + 2, p.utf8 ? 0x800 : 0, true);
    view.setUint16(w + 4, p.method, true);
    view.setUint16(w + 6, p.time, true);
    view.setUint16(w + 8, p.date, true);
    view.setUint32(w + 10, p.crc, true);
    view.setUint32(w + 14, p.data.length, true);
    view.setUint32(w + 18, p.size, true);
    view.setUint16(w + 22, p.name.length, true);
    view.setUint16(w + 24, 0, true); // extra
    w += 26;
    if (central) {
      // comment, disk, internal and external attributes (all 0), then the local header's offset
      w += 10;
      view.setUint32(w, p.offset, true);
      w += 4;
    }
    out.set(p.name, w);
    w += p.name.length;
  };
  for (const p of prepared) {
    header(p, false);
    out.set(p.data, w);
    w += p.data.length;
  }
  const dirStart = w;
  for (const p of prepared) header(p, true);
  view.setUint32(w, SIG_EOCD, true);
  view.setUint16(w + 8, prepared.length, true);
  view.setUint16(w + 10, prepared.length, true);
  view.setUint32(w + 12, w - dirStart, true);
  view.setUint32(w + 16, dirStart, true);
  return out;
}
