import { excelJs } from '../../../platform/exceljs';
import { FIELDS, TEMPLATE_COLUMNS } from './rpls';

/**
 * The xlsx template Copil offers for stock imports: a "Logements" sheet whose header row holds the
 * recent RPLS column names (with one example line to delete), and a "Notice" sheet describing each
 * column. Only the first sheet is imported; cells must hold values, not formulas.
 */
export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new (await excelJs()).Workbook();
  workbook.creator = 'Copil';
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  const sheet = workbook.addWorksheet('Logements', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((f) => ({
    header: FIELDS[f].aliases[0]!,
    key: f,
    width: Math.max(12, FIELDS[f].aliases[0]!.length + 4),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(TEMPLATE_COLUMNS.map((f) => [f, FIELDS[f].example])));

  const notice = workbook.addWorksheet('Notice');
  notice.columns = [
    { header: 'Colonne', key: 'column', width: 18 },
    { header: 'Obligatoire', key: 'required', width: 12 },
    { header: 'Contenu', key: 'description', width: 90 },
    { header: 'Exemple', key: 'example', width: 24 },
    { header: 'Autres noms acceptés (fichiers RPLS)', key: 'aliases', width: 40 },
  ];
  notice.getRow(1).font = { bold: true };
  for (const f of TEMPLATE_COLUMNS) {
    const spec = FIELDS[f];
    notice.addRow({
      column: spec.aliases[0],
      required: spec.required ? 'oui' : 'non',
      description: spec.description,
      example: spec.example,
      aliases: spec.aliases.slice(1).join(', '),
    });
  }
  notice.addRow({});
  for (const line of [
    'Seule la première feuille (Logements) est importée ; supprimez la ligne d’exemple avant l’import.',
    'Saisissez des valeurs, pas des formules : une cellule contenant une formule est refusée.',
    'Un fichier dont une ligne est invalide n’importe rien, sauf si vous choisissez d’importer les seules lignes valides.',
    'Un nouvel import met à jour les logements par leur identifiant (IDENT_REP, sinon IDENT_INT) ; les logements absents du fichier sont signalés, jamais supprimés.',
    'Les fichiers RPLS en CSV (séparateur « ; », UTF-8 ou Latin-1) sont acceptés tels quels, y compris les colonnes *_CODE récentes, les colonnes anciennes et le suffixe _red de 2016-2017.',
  ]) {
    notice.addRow({ column: line });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
