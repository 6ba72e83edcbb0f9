// Microsoft's product ids for the Ingram catalog's MPNs: a stable GUID and part number per product.
import { createHash } from 'node:crypto';

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

/** A GUID derived from text, so the same MPN always has the same skuId. */
export function guidFrom(text: string): string {
  const h = createHash('sha1').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The product part of an MPN ('CFQ7TTC0LCHC:0002' -> 'CFQ7TTC0LCHC'): one skuId across terms. */
export const skuIdFor = (mpn: string): string => guidFrom(`sku:${mpn.split(':')[0]!.toUpperCase()}`);

export function skuPartNumberFor(name: string): string {
  return (
    PART_NUMBERS[name] ??
    name
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
  );
}
