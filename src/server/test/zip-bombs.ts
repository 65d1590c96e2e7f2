import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * Hostile zips for the tests, written by hand so that the tests stay small and fast: a workbook
 * whose sheet inflates to gigabytes (a 1 MiB block of spaces deflated once, with a full flush so
 * that it stands alone, then repeated), the same with a central directory that lies about sizes,
 * and an archive with a huge number of entries.
 */

export interface ZipPart {
  name: string;
  /** Raw deflate data (method 8) or the bytes themselves (method 0). */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  uncompressedSize: number;
}

const storedPart = (name: string, bytes: Buffer): ZipPart => ({
  name,
  data: bytes,
  method: 0,
  crc: crc32(bytes),
  uncompressedSize: bytes.length,
});

const deflatedPart = (name: string, text: string): ZipPart => {
  const bytes = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(bytes), method: 8, crc: crc32(bytes), uncompressedSize: bytes.length };
};

/** A zip (no ZIP64: every size under 4 GiB) of the parts, each declaring `uncompressedSize`. */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.uncompressedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += local.length + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function deflateChunk(deflater: ReturnType<typeof createDeflateRaw>, bytes: Buffer, last: boolean) {
  const out: Buffer[] = [];
  const onData = (chunk: Buffer) => out.push(chunk);
  deflater.on('data', onData);
  if (last) {
    deflater.end(bytes);
    await new Promise((resolve) => deflater.once('end', resolve));
  } else {
    deflater.write(bytes);
    await new Promise<void>((resolve) => deflater.flush(constants.Z_FULL_FLUSH, () => resolve()));
  }
  deflater.off('data', onData);
  return Buffer.concat(out);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/**
 * A sheet XML part of `mebibytes` MiB of spaces between `<sheetData>` and its end tag (valid XML),
 * deflated in about 1 KB per MiB. Its CRC is not computed (0): every reader under test must refuse
 * the part long before its end, where the CRC would be checked.
 */
export async function bombSheet(name: string, mebibytes: number): Promise<ZipPart> {
  const deflater = createDeflateRaw({ level: 9 });
  const head = await deflateChunk(deflater, Buffer.from(SHEET_HEAD), false);
  const block = await deflateChunk(deflater, Buffer.alloc(1024 * 1024, 0x20), false);
  const tail = await deflateChunk(deflater, Buffer.from(SHEET_TAIL), true);
  const data = Buffer.concat([head, ...Array.from({ length: mebibytes }, () => block), tail]);
  return {
    name,
    data,
    method: 8,
    crc: 0,
    uncompressedSize: SHEET_HEAD.length + mebibytes * 1024 * 1024 + SHEET_TAIL.length,
  };
}

/** The parts of a one-sheet workbook around the given sheet part. */
export function workbookAround(sheet: ZipPart, sheetName = 'Logements'): ZipPart[] {
  return [
    deflatedPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    deflatedPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    sheet,
    deflatedPart(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ];
}

/** A 3 GiB sheet, honestly declared: refused on the central directory. */
export async function honestBomb(mebibytes = 3072): Promise<Buffer> {
  return zipOf(workbookAround(await bombSheet('xl/worksheets/sheet1.xml', mebibytes)));
}

/** The same sheet, its sizes declared as `declaredBytes` in both headers: refused while inflating. */
export async function lyingBomb(declaredBytes: number, mebibytes = 3072): Promise<Buffer> {
  const sheet = await bombSheet('xl/worksheets/sheet1.xml', mebibytes);
  return zipOf(workbookAround({ ...sheet, uncompressedSize: declaredBytes }));
}

/** A workbook followed by `count` empty entries. */
export function manyEntries(count: number): Buffer {
  const filler = Array.from({ length: count }, (_, i) => storedPart(`xl/media/vide-${i}.bin`, Buffer.alloc(0)));
  return zipOf([...workbookAround(deflatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD + SHEET_TAIL)), ...filler]);
}
