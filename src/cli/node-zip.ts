// In Node, the xlsx host's zip uses zlib (native inflate, deflate and CRC-32) instead of the
// portable fflate code the browser runs: the same bytes, in about half the time.
import * as zlib from "node:zlib";
import { useZipCodec } from "../hosts/xlsx/zip";

const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32; // Node 20.15+
useZipCodec({
  // One output chunk of the known size (no concatenation of 16 kB pieces); a plain Uint8Array view,
  // whose indexOf is the typed array's own (Buffer's is slower for the sheet scanner).
  inflateRaw: (data, size) => {
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64 * 1024) });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  },
  deflateRaw: (data, level) => zlib.deflateRawSync(data, { level }),
  ...(crc32 ? { crc32: (data: Uint8Array) => crc32(data) >>> 0 } : {}),
});
