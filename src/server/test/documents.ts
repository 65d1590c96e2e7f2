import { inflateRawSync, inflateSync } from 'node:zlib';

/**
 * Reading back the documents Copil generates (extracts, reviews), for server and browser tests,
 * without a PDF library: the text of a PDF made
 * by pdfmake (pdfkit: fonts embedded as Type0 with a ToUnicode map, text drawn with TJ/Tj hex
 * glyph strings) and the XML of a DOCX (a zip).
 */

/** Whitespace as one plain space, the typographic apostrophe as a straight one: text as compared. */
export const normalise = (text: string) =>
  text
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .replace(/’/g, "'")
    .trim();

/** One file of a zip archive (stored or deflated), read from its local header. */
export function unzipEntry(zip: Buffer, name: string): string | null {
  let offset = 0;
  while (offset + 30 <= zip.length && zip.readUInt32LE(offset) === 0x04034b50) {
    const method = zip.readUInt16LE(offset + 8);
    const size = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const entry = zip.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + size);
    if (entry === name) return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    offset = start + size;
  }
  return null;
}

/** The text of a DOCX's body, paragraphs on their own lines, entities decoded. */
export function docxText(docx: Buffer): string {
  const xml = unzipEntry(docx, 'word/document.xml') ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const end = body.lastIndexOf('endstream');
    let data = Buffer.from(body.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    if (dict.includes('/FlateDecode')) data = inflateSync(data);
    objects.set(Number(match[1]), { dict, stream: data });
  }
  return objects;
}

/** A ToUnicode CMap: glyph code → text (bfrange with arrays or a start value, and bfchar). */
function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  // A ligature maps to several characters: « <0066 0066 0069> » is « ffi ».
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
      const start = parseInt(line[1]!, 16);
      const end = parseInt(line[2]!, 16);
      if (line[3]!.startsWith('[')) {
        [...line[3]!.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((u, i) => map.set(start + i, utf16(u[1]!)));
      } else {
        const first = parseInt(line[3]!.slice(1, -1), 16);
        for (let code = start; code <= end; code++) map.set(code, String.fromCharCode(first + code - start));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const line of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g))
      map.set(parseInt(line[1]!, 16), utf16(line[2]!));
  }
  return map;
}

/** The text a pdfmake PDF draws, in drawing order, one line per text operation. */
export function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  const raw = pdf.toString('latin1');
  // Font resource names (/F1…) are unique in a pdfkit document: name → its ToUnicode map.
  const fonts = new Map<string, Map<number, string>>();
  for (const ref of raw.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(ref[2]));
    const toUnicode = font?.dict.match(/\/ToUnicode\s+(\d+) 0 R/);
    const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
    if (cmap) fonts.set(ref[1]!, toUnicodeMap(cmap.toString('latin1')));
  }
  // pdfmake draws word by word (each with its trailing space): pieces on the same baseline make one line.
  let text = '';
  for (const { stream } of objects.values()) {
    if (!stream) continue;
    const content = stream.toString('latin1');
    if (!/\bT[Jj]\b/.test(content)) continue;
    let font: Map<number, string> | undefined;
    let y: string | null = null;
    const decode = (hex: string) =>
      (hex.match(/.{4}/g) ?? []).map((code) => font?.get(parseInt(code, 16)) ?? '').join('');
    for (const op of content.matchAll(
      /\/(F\d+)\s+[\d.]+\s+Tf|[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ ([-\d.]+) Tm|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
    )) {
      if (op[1]) font = fonts.get(op[1]);
      else if (op[2] !== undefined) {
        if (y !== null && op[2] !== y) text += '\n';
        y = op[2];
      } else if (op[3] !== undefined) {
        // A large negative offset between two strings is a word space of justified text.
        text += [...op[3].matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)]
          .map((part) => (part[1] !== undefined ? decode(part[1]) : Number(part[2]) < -100 ? ' ' : ''))
          .join('');
      } else if (op[4] !== undefined) text += decode(op[4]);
    }
    text += '\n';
  }
  return text;
}
