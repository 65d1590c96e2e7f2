import { formatPercent } from '../../../contracts/format';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

/**
 * The review's chart, drawn here so the same picture goes in the PDF (SVG, which pdfmake draws as
 * vectors) and the DOCX (SVG with a PNG fallback, which Word and LibreOffice require, rendered from that same SVG). Horizontal
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

/**
 * The fonts the chart's PNG is drawn with: DejaVu Sans from the dejavu-fonts-ttf package (the SVG
 * names it), never the machine's fonts, so the picture is the same on every server.
 */
const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));

/**
 * The same chart as a PNG, rendered from its SVG by resvg with the fonts above: the labels, the
 * percentages and "cible" are in the picture, as in the SVG (LibreOffice shows the PNG fallback).
 * Drawn at twice the SVG's size so the text stays sharp when printed.
 */
export function chartPng(bars: ChartBar[], title: string): { png: Buffer; width: number; height: number } {
  const { svg, width, height } = chartSvg(bars, title);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { png: rendered.asPng(), width, height };
}
