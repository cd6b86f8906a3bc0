// Draws the add-in's PNG icons into assets/ (run: npx tsx scripts/draw-icons.ts).
// No image library: shapes are rasterised here with 8×8 supersampling and written as RGBA PNGs
// with node:zlib, so the icons can be regenerated on any machine. The PNGs are committed; the
// manifest test reads their headers to check the declared pixel sizes.

import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

type Rgba = readonly [number, number, number, number];
/** Coverage test in icon units (0..1 across the icon). */
type Inside = (x: number, y: number) => boolean;
interface Layer {
  readonly inside: Inside;
  readonly color: Rgba;
}

// Fluent UI v9 brand and neutral colours (webLightTheme): brandBackground, brandForeground2, neutral strokes.
const BLUE: Rgba = [0x0f, 0x6c, 0xbd, 255];
const DARK_BLUE: Rgba = [0x0c, 0x3b, 0x5e, 255];
const LIGHT_BLUE: Rgba = [0xb4, 0xd6, 0xfa, 255];
const GREY: Rgba = [0x61, 0x61, 0x61, 255];
const LIGHT_GREY: Rgba = [0xc7, 0xc7, 0xc7, 255];
const WHITE: Rgba = [255, 255, 255, 255];

const rect =
  (x0: number, y0: number, x1: number, y1: number): Inside =>
  (x, y) =>
    x >= x0 && x < x1 && y >= y0 && y < y1;

const roundRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Inside =>
  (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };

const circle =
  (cx: number, cy: number, r: number): Inside =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A polyline stroked with round joins, width w. */
const stroke =
  (points: readonly (readonly [number, number])[], w: number): Inside =>
  (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2) return true;
    }
    return false;
  };

const minus =
  (a: Inside, b: Inside): Inside =>
  (x, y) =>
    a(x, y) && !b(x, y);

/** Outline of a rectangle: the band of width w inside its edge. */
const frame = (x0: number, y0: number, x1: number, y1: number, w: number, r = 0): Inside =>
  minus(roundRect(x0, y0, x1, y1, r), roundRect(x0 + w, y0 + w, x1 - w, y1 - w, Math.max(0, r - w)));

/** Snaps a coordinate in icon units to the pixel grid of a size-px icon, so thin lines stay sharp. */
const snapper = (size: number) => (v: number) => Math.round(v * size) / size;

function rasterize(size: number, layers: readonly Layer[]): Uint8Array {
  const ss = 8;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation of painter's-order compositing over the samples.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let cr = 0, cg = 0, cb = 0, ca = 0;
          for (const layer of layers) {
            if (!layer.inside(x, y)) continue;
            const la = layer.color[3] / 255;
            cr = layer.color[0] * la + cr * (1 - la);
            cg = layer.color[1] * la + cg * (1 - la);
            cb = layer.color[2] * la + cb * (1 - la);
            ca = la + ca * (1 - la);
          }
          r += cr; g += cg; b += cb; a += ca;
        }
      }
      const n = ss * ss;
      const i = (py * size + px) * 4;
      const alpha = a / n;
      out[i] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      out[i + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      out[i + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter, interlace: 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", new Uint8Array(0))]);
}

/** Line width in icon units: at least one pixel, thicker on large icons. */
const lineWidth = (size: number) => Math.max(1, Math.round(size / 16)) / size;

/** The add-in's own icon: a blue tile with a rising bar chart on a baseline (a report of execution ratios). */
function addinIcon(size: number): Layer[] {
  const s = snapper(size);
  const w = lineWidth(size);
  const bars: Layer[] = [
    [0.22, 0.56],
    [0.43, 0.4],
    [0.64, 0.24],
  ].map(([x, top]) => ({ inside: rect(s(x!), s(top!), s(x! + 0.15), s(0.76)), color: WHITE }));
  return [
    { inside: roundRect(0, 0, 1, 1, size <= 16 ? 2 / 16 : 0.16), color: BLUE },
    ...bars,
    { inside: rect(s(0.16), s(0.76), s(0.84), s(0.76) + w), color: WHITE },
  ];
}

/** Point-in-polygon (even-odd rule). */
const polygon =
  (points: readonly (readonly [number, number])[]): Inside =>
  (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };

/** A page with a folded top-right corner: white fill, grey outline and fold. */
function page(size: number): Layer[] {
  const s = snapper(size);
  const w = lineWidth(size);
  const h = w / 2; // strokes are centred on the path: inset the path by half a line
  const x0 = s(0.12) + h, x1 = s(0.88) - h, y0 = s(0.04) + h, y1 = s(0.96) - h;
  const fold = s(0.25);
  const outline: [number, number][] = [[x0, y0], [x1 - fold, y0], [x1, y0 + fold], [x1, y1], [x0, y1], [x0, y0]];
  return [
    { inside: polygon(outline), color: WHITE },
    { inside: polygon([[x1 - fold, y0], [x1 - fold, y0 + fold], [x1, y0 + fold]]), color: LIGHT_GREY },
    { inside: stroke(outline, w), color: GREY },
    { inside: stroke([[x1 - fold, y0], [x1 - fold, y0 + fold], [x1, y0 + fold]], w), color: GREY },
  ];
}

/** 보고서 생성: a page holding a blue bar chart (bars 2/16 wide, pixel-aligned at 16, 32 and 80 px). */
function reportIcon(size: number): Layer[] {
  const s = snapper(size);
  const bars = [
    [0.25, 0.62],
    [0.4375, 0.48],
    [0.625, 0.36],
  ].map(([x, top]) => ({ inside: rect(s(x!), s(top!), s(x! + 0.125), s(0.84)), color: BLUE }));
  return [...page(size), ...bars];
}

/** 데이터 검증: a grid sheet with a blue check badge in the lower right corner. */
function validateIcon(size: number): Layer[] {
  const s = snapper(size);
  const w = lineWidth(size);
  const x0 = s(0.06), x1 = s(0.76), y0 = s(0.1), y1 = s(0.8);
  const layers: Layer[] = [
    { inside: rect(x0, y0, x1, y1), color: WHITE },
    { inside: rect(x0, y0, x1, s(0.28)), color: LIGHT_BLUE },
  ];
  for (const gx of [0.29, 0.52]) layers.push({ inside: rect(s(gx), y0, s(gx) + w, y1), color: LIGHT_GREY });
  for (const gy of [0.28, 0.45, 0.62]) layers.push({ inside: rect(x0, s(gy), x1, s(gy) + w), color: LIGHT_GREY });
  layers.push({ inside: frame(x0, y0, x1, y1, w), color: GREY });
  // Badge centre and check points sit on pixel centres of the 16 px grid (11.5, 11.5), so the
  // smallest icon stays crisp; the larger sizes scale the same geometry.
  const cx = 11.5 / 16, cy = 11.5 / 16, r = 4.5 / 16;
  layers.push({ inside: circle(cx, cy, r + w), color: WHITE });
  layers.push({ inside: circle(cx, cy, r), color: BLUE });
  layers.push({
    inside: stroke([[9.5 / 16, 11.5 / 16], [11 / 16, 13 / 16], [13.5 / 16, 10.5 / 16]], Math.max(1.5 / size, 0.075)),
    color: WHITE,
  });
  return layers;
}

/** 작업창: a window whose right-hand pane is filled blue. */
function taskpaneIcon(size: number): Layer[] {
  const s = snapper(size);
  const w = lineWidth(size);
  const x0 = s(0.06), x1 = s(0.94), y0 = s(0.16), y1 = s(0.84);
  const split = s(0.58);
  return [
    { inside: rect(x0, y0, x1, y1), color: WHITE },
    { inside: rect(split, y0, x1, y1), color: BLUE },
    { inside: rect(x0, y0, x1, y0 + Math.max(w, s(0.1))), color: DARK_BLUE },
    { inside: frame(x0, y0, x1, y1, w), color: DARK_BLUE },
    ...[0.36, 0.5, 0.64].map((gy) => ({ inside: rect(s(0.16), s(gy), s(0.48), s(gy) + w), color: LIGHT_GREY })),
  ];
}

export const ICONS: Readonly<Record<string, { readonly sizes: readonly number[]; readonly draw: (size: number) => Layer[] }>> = {
  icon: { sizes: [16, 32, 64, 80], draw: addinIcon },
  report: { sizes: [16, 32, 80], draw: reportIcon },
  validate: { sizes: [16, 32, 80], draw: validateIcon },
  taskpane: { sizes: [16, 32, 80], draw: taskpaneIcon },
};

function main(): void {
  const dir = path.resolve(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const [name, { sizes, draw }] of Object.entries(ICONS)) {
    for (const size of sizes) {
      const file = path.join(dir, `${name}-${size}.png`);
      writeFileSync(file, encodePng(size, rasterize(size, draw(size))));
      console.log(path.relative(process.cwd(), file));
    }
  }
}

if (require.main === module) main();
