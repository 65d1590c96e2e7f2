/** @socialgouv/jours-feries ships no types: a CommonJS default export, one local-time Date per holiday name. */
declare module '@socialgouv/jours-feries' {
  export default function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
