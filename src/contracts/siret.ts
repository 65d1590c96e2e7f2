/**
 * SIRET numbers (the 14-digit identifier of an establishment): one normalisation, one check and one
 * printed form, used by the server (organisations, SCDL exports) and the web.
 */
/** SIRET as typed by people ("226 200 012 00012") → its 14 digits, or null when not 14 digits. */
export function normalizeSiret(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  return /^\d{14}$/.test(digits) ? digits : null;
}

/**
 * A SIRET is valid when its 14 digits pass the Luhn check. La Poste's establishments (SIREN
 * 356 000 000) are numbered past what Luhn allows, and are checked instead by the sum of their
 * digits being a multiple of 5 (INSEE's published exception).
 */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret) || /^0+$/.test(siret)) return false;
  if (siret.startsWith('356000000') && siret !== '35600000000048') {
    const sum = [...siret].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function siretProblem(input: string): string | null {
  const siret = normalizeSiret(input);
  if (!siret) return 'Le SIRET doit compter exactement 14 chiffres.';
  if (!isValidSiret(siret)) return "Ce SIRET n'est pas valide (clé de contrôle incorrecte) : vérifiez chaque chiffre.";
  return null;
}

/** "22620001200012" → "226 200 012 00012" (SIREN then NIC, as printed on documents). */
export function formatSiret(siret: string): string {
  return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
}
