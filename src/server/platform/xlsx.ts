import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

/**
 * A minimal xlsx (Office Open XML) writer: the sheet XML is written as text, cell by cell, with
 * inline strings (no shared-string table to build and look up), five cell styles, and the parts
 * zipped with the native deflate. It writes what Copil's exports need and nothing else: typed,
 * formatted cells, a bold frozen header, column widths. spreadsheets.ts decides the values (exact
 * amounts, real dates, text as entered); this file only lays them out.
 */

/** The cell styles (cellXfs indexes in styles.xml). */
export const XlsxStyle = {
  plain: 0,
  header: 1,
  euros: 2,
  date: 3,
  percent: 4,
  integer: 5,
  decimal: 6,
  count: 7,
  quantity: 8,
} as const;
export type XlsxStyle = (typeof XlsxStyle)[keyof typeof XlsxStyle];

export interface XlsxColumn {
  header: string;
  width: number;
  style: XlsxStyle;
}

/**
 * A cell: a number (amounts, Excel serial dates, integers, fractions) in its column's style, a number
 * with a style of its own, a text (an inline string: never evaluated as a formula), or empty.
 */
export type XlsxCell = number | string | { value: number; style: XlsxStyle } | null;

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  /** Read once, row by row: a generator spares holding every row's cells at once. */
  rows: Iterable<XlsxCell[]>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const OOXML_ESCAPE = /^_x[0-9A-Fa-f]{4}_$/;

/** A character XML 1.0 cannot hold: C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF. */
const unwritable = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;

/**
 * Text as XML character data. Characters XML 1.0 cannot hold are written the OOXML way
 * (_xHHHH_, which Excel and LibreOffice decode), and a literal "_xHHHH_" in the text has its
 * underscore escaped (_x005F_) so it reads back as is. Plain text, most cells, is returned as is.
 */
export function xmlText(text: string): string {
  let out: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | null = null;
    if (c === 0x26) replacement = '&amp;';
    else if (c === 0x3c) replacement = '&lt;';
    else if (c === 0x3e) replacement = '&gt;';
    else if (c === 0x22) replacement = '&quot;';
    else if (c === 0x5f && OOXML_ESCAPE.test(text.slice(i, i + 7))) replacement = '_x005F_';
    else if (unwritable(c)) replacement = `_x${c.toString(16).toUpperCase().padStart(4, '0')}_`;
    if (replacement !== null) {
      out = (out ?? text.slice(0, i)) + replacement;
    } else if (out !== null) {
      out += text[i];
    }
  }
  return out ?? text;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="5"><numFmt numFmtId="164" formatCode="#,##0.00 €"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="0.00 %"/><numFmt numFmtId="167" formatCode="#,##0.####"/><numFmt numFmtId="168" formatCode="#,##0.00"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="9">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const styleAttribute = (style: number) => (style === 0 ? '' : ` s="${style}"`);

function cellXml(ref: string, value: XlsxCell, s: string): string {
  if (value === null) return '';
  if (typeof value === 'object') return cellXml(ref, value.value, styleAttribute(value.style));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${ref} : nombre invalide (${value}).`);
    return `<c r="${ref}"${s}><v>${value}</v></c>`;
  }
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(value)}</t></is></c>`;
}

/**
 * One worksheet's XML as buffers of about a megabyte each: the rows' text is turned into bytes as
 * it goes, so neither one huge string nor every row's cells are held at once.
 */
function sheetXml(sheet: XlsxSheet): Buffer[] {
  const letters = sheet.columns.map((_, i) => columnLetters(i));
  const styles = sheet.columns.map((c) => styleAttribute(c.style));
  const header = styleAttribute(XlsxStyle.header);
  const cols = sheet.columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.style === 0 ? '' : ` style="${c.style}"`}/>`,
    )
    .join('');
  const parts: Buffer[] = [
    Buffer.from(
      XML_HEAD +
        `<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">` +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        (cols ? `<cols>${cols}</cols>` : '') +
        '<sheetData>' +
        `<row r="1">${sheet.columns.map((c, i) => cellXml(`${letters[i]}1`, c.header, header)).join('')}</row>`,
      'utf8',
    ),
  ];
  let rows: string[] = [];
  let size = 0;
  let r = 1;
  for (const row of sheet.rows) {
    r += 1;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < letters.length; i++) xml += cellXml(letters[i]! + r, row[i] ?? null, styles[i]!);
    xml += '</row>';
    rows.push(xml);
    size += xml.length;
    if (size > 1 << 20) {
      parts.push(Buffer.from(rows.join(''), 'utf8'));
      rows = [];
      size = 0;
    }
  }
  rows.push('</sheetData></worksheet>');
  parts.push(Buffer.from(rows.join(''), 'utf8'));
  return parts;
}

function packageParts(sheets: XlsxSheet[], creator: string, now: Date): [string, string | Buffer[]][] {
  const created = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const sheetEntries = sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  return [
    [
      '[Content_Types].xml',
      XML_HEAD +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheetEntries
          .map(
            (e) =>
              `<Override PartName="/${e}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      XML_HEAD +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        `<Relationship Id="rId3" Type="${RELS}/extended-properties" Target="docProps/app.xml"/>` +
        '</Relationships>',
    ],
    [
      'docProps/core.xml',
      XML_HEAD +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>${xmlText(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
        '</cp:coreProperties>',
    ],
    [
      'docProps/app.xml',
      XML_HEAD +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Copil</Application></Properties>',
    ],
    [
      'xl/workbook.xml',
      XML_HEAD +
        `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><bookViews><workbookView/></bookViews><sheets>` +
        sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      XML_HEAD +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${RELS}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ],
    ['xl/styles.xml', STYLES],
    ...sheets.map((s, i): [string, Buffer[]] => [sheetEntries[i]!, sheetXml(s)]),
  ];
}

const deflate = promisify(deflateRaw);

/** MS-DOS time and date of a zip entry (local time fields, read as such by unzip tools). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * The zip container: each part deflated (level 1: the XML is repetitive, and the export's time
 * is in the writing, not in saving a few kilobytes) in the thread pool, local headers, the
 * central directory. Parts and the whole file stay under 4 GB (no zip64).
 */
async function zip(entries: [string, string | Buffer[]][], now: Date): Promise<Buffer> {
  const { time, date } = dosTime(now);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const deflated = await Promise.all(
    entries.map(async ([, content]) => {
      const raw = Array.isArray(content) ? Buffer.concat(content) : Buffer.from(content, 'utf8');
      return { raw: raw.length, crc: crc32(raw), data: await deflate(raw, { level: 1 }) };
    }),
  );
  entries.forEach(([name], i) => {
    const { raw, crc, data } = deflated[i]!;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(raw, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes);
    chunks.push(local, nameBytes, data);
    offset += local.length + nameBytes.length + data.length;
  });
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/** The xlsx file of these sheets. */
export function xlsxFile(sheets: XlsxSheet[], options: { creator?: string; now?: Date } = {}): Promise<Buffer> {
  const now = options.now ?? new Date();
  return zip(packageParts(sheets, options.creator ?? 'Copil', now), now);
}
