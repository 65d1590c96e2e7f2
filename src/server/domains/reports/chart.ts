import { formatPercent } from '../../../contracts/format';
import { deflateSync } from 'node:zlib';

/**
 * The review's chart, drawn here so the same picture goes in the PDF (SVG, which pdfmake draws as
 * vectors) and the DOCX (SVG with a PNG fallback, which Word and LibreOffice require). Horizontal
 * bars: each indicator's value as a share of its target, with the target at 100 %. A bar that
 * reaches its target is filled, one that does not is only outlined: the difference reads without
 * colour. The figures themselves are in the data table printed beside the chart.
 */

export interface ChartBar {
  label: string;
  /** Value as a percentage of the target (may exceed 100). */
  percent: number;
  onTarget: boolean;
}

const WIDTH = 520;
const ROW = 26;
const TOP = 28;
const LEFT = 110;
const RIGHT = 70;
const CAP = 150;
const INK = [31, 58, 147] as const;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function geometry(bars: ChartBar[]) {
  const height = TOP + bars.length * ROW + 16;
  const scale = (WIDTH - LEFT - RIGHT) / CAP;
  const targetX = LEFT + 100 * scale;
  const rows = bars.map((b, i) => ({
    ...b,
    x: LEFT,
    y: TOP + i * ROW + 5,
    w: Math.max(1, Math.round(Math.min(b.percent, CAP) * scale)),
    h: ROW - 10,
  }));
  return { height, targetX: Math.round(targetX), rows };
}

export function chartSvg(bars: ChartBar[], title: string): { svg: string; width: number; height: number } {
  const { height, targetX, rows } = geometry(bars);
  const ink = `rgb(${INK.join(',')})`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="16" font-family="DejaVu Sans" font-size="11" fill="#222222">${escapeXml(title)}</text>`,
    `<line x1="${LEFT}" y1="${TOP - 4}" x2="${LEFT}" y2="${height - 12}" stroke="#222222" stroke-width="1"/>`,
    `<line x1="${targetX}" y1="${TOP - 4}" x2="${targetX}" y2="${height - 12}" stroke="#222222" stroke-width="1" stroke-dasharray="4,3"/>`,
    `<text x="${targetX - 14}" y="${height - 2}" font-family="DejaVu Sans" font-size="9" fill="#222222">cible</text>`,
  ];
  for (const r of rows) {
    parts.push(
      `<text x="${LEFT - 6}" y="${r.y + r.h - 3}" font-family="DejaVu Sans" font-size="10" fill="#222222" text-anchor="end">${escapeXml(r.label)}</text>`,
    );
    parts.push(
      r.onTarget
        ? `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${ink}" stroke="${ink}" stroke-width="2"/>`
        : `<rect x="${r.x + 1}" y="${r.y + 1}" width="${Math.max(1, r.w - 2)}" height="${r.h - 2}" fill="#ffffff" stroke="${ink}" stroke-width="2"/>`,
    );
    parts.push(
      `<text x="${r.x + r.w + 6}" y="${r.y + r.h - 3}" font-family="DejaVu Sans" font-size="10" fill="#222222">${formatPercent(r.percent)}</text>`,
    );
  }
  parts.push('</svg>');
  return { svg: parts.join(''), width: WIDTH, height };
}

/** The same bars as a PNG (no text: the labels and figures are in the table beside it). */
export function chartPng(bars: ChartBar[]): { png: Buffer; width: number; height: number } {
  const { height, targetX, rows } = geometry(bars);
  const pixels = Buffer.alloc(WIDTH * height * 3, 255);
  const set = (x: number, y: number, c: readonly [number, number, number]) => {
    if (x < 0 || y < 0 || x >= WIDTH || y >= height) return;
    const at = (y * WIDTH + x) * 3;
    pixels[at] = c[0];
    pixels[at + 1] = c[1];
    pixels[at + 2] = c[2];
  };
  const fill = (x: number, y: number, w: number, h: number, c: readonly [number, number, number]) => {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) set(i, j, c);
  };
  const dark = [34, 34, 34] as const;
  fill(LEFT, TOP - 4, 1, height - 12 - (TOP - 4), dark);
  for (let y = TOP - 4; y < height - 12; y++) if ((y - TOP) % 7 < 4) set(targetX, y, dark);
  for (const r of rows) {
    if (r.onTarget) fill(r.x, r.y, r.w, r.h, INK);
    else {
      fill(r.x, r.y, r.w, 2, INK);
      fill(r.x, r.y + r.h - 2, r.w, 2, INK);
      fill(r.x, r.y, 2, r.h, INK);
      fill(r.x + r.w - 2, r.y, 2, r.h, INK);
    }
  }
  return { png: encodePng(pixels, WIDTH, height), width: WIDTH, height };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A truecolour PNG: each scanline prefixed by filter 0, deflated. */
export function encodePng(rgb: Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) rgb.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
