// Company-name normalisation for matching tenants to Ingram customers. Pure; safe anywhere.

/** Legal-form words stripped from the end of a name ("Coho Winery Pty Ltd" -> "coho winery"). */
const LEGAL_SUFFIXES = new Set([
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'gmbh',
  'pty',
  'co',
  'company',
  'corporation',
  'corp',
  'plc',
  'ag',
  'bv',
  'nv',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'ab',
  'as',
  'oy',
  'kg',
  'pte',
  'pvt',
  'ulc',
]);

/**
 * Folds case, accents and punctuation, and strips trailing legal suffixes:
 * "Fabrikam, Inc." -> "fabrikam", "Margie's Travel" -> "margies travel", "Café Zoë GmbH" -> "cafe zoe".
 */
export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Apostrophes join ("Margie's" -> "margies"); dots inside initials join too ("G.m.b.H." -> "gmbh").
    .replace(/['’`´]/g, '')
    .replace(/\b(\p{L})\.(?=\p{L}\b)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}
