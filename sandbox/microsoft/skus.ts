// Microsoft's product ids for the Ingram catalog's MPNs: a stable GUID and part number per product.
const PART_NUMBERS: Record<string, string> = {
  'Microsoft 365 Business Basic': 'O365_BUSINESS_ESSENTIALS',
  'Microsoft 365 Business Standard': 'O365_BUSINESS_PREMIUM',
  'Microsoft 365 Business Premium': 'SPB',
  'Microsoft 365 E3': 'SPE_E3',
  'Microsoft 365 E5': 'SPE_E5',
  'Office 365 E1': 'STANDARDPACK',
  'Office 365 E3': 'ENTERPRISEPACK',
  'Exchange Online (Plan 1)': 'EXCHANGESTANDARD',
  'Power BI Pro': 'POWER_BI_PRO',
};

/** A GUID derived from text (four seeded FNV-1a hashes: cheap enough for thousands of tenants). */
export function guidFrom(text: string): string {
  let hex = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The product part of an MPN ('CFQ7TTC0LCHC:0002' -> 'CFQ7TTC0LCHC'): one skuId across terms. */
const skuIds = new Map<string, string>();
export function skuIdFor(mpn: string): string {
  const product = mpn.split(':')[0]!.toUpperCase();
  let id = skuIds.get(product);
  if (!id) skuIds.set(product, (id = guidFrom(`sku:${product}`)));
  return id;
}

export function skuPartNumberFor(name: string): string {
  return (
    PART_NUMBERS[name] ??
    name
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
  );
}
