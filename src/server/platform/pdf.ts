import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * pdfmake 0.3, server build: a singleton configured once (DejaVu Sans embedded for every French
 * character, fonts from its virtual file system), used by every PDF Copil writes.
 */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let pdfmake: PdfMake | null = null;

export function pdf(): PdfMake {
  if (pdfmake) return pdfmake;
  const instance = require('pdfmake') as PdfMake;
  // Each file is named in the virtual file system by its font's PostScript name: the text of an SVG
  // (a review's chart) is drawn by svg-to-pdfkit, which asks pdfkit for the font by that file name;
  // pdfkit, which cannot read the virtual file system, then finds it among the fonts already loaded.
  const faces = {
    normal: 'DejaVuSans',
    bold: 'DejaVuSans-Bold',
    italics: 'DejaVuSans-Oblique',
    bolditalics: 'DejaVuSans-BoldOblique',
  };
  for (const face of Object.values(faces))
    instance.virtualfs.writeFileSync(face, readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${face}.ttf`)));
  instance.setFonts({ DejaVuSans: faces });
  // Documents are built from data only: no image or font is ever fetched from a URL or the disk.
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(() => false);
  pdfmake = instance;
  return instance;
}
