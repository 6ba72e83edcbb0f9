// The Microsoft NCE catalog: each SKU appears once per term and billing variant, same MPN.
import type { Period, Product } from '../types';

type Variant = 'P1M' | 'P1Y-M' | 'P1Y-Y' | 'P3Y-Y';
type Sku = { mpn: string; name: string; monthly: number; max?: number; variants?: Variant[] };

const STANDARD: Variant[] = ['P1M', 'P1Y-M', 'P1Y-Y'];
const WITH_TRIENNIAL: Variant[] = ['P1M', 'P1Y-M', 'P1Y-Y', 'P3Y-Y'];

// One row a SKU: [MPN, name, monthly, variants, max seats (10,000 when left out)], where monthly is the
// list price per seat per month on an annual commitment, in USD.
type SkuRow = [mpn: string, name: string, monthly: number, variants: Variant[], max?: number];
const SKU_ROWS: SkuRow[] = [
  ['CFQ7TTC0LH18:0001', 'Microsoft 365 Business Basic', 6, WITH_TRIENNIAL, 300],
  ['CFQ7TTC0LDPB:0001', 'Microsoft 365 Business Standard', 12.5, WITH_TRIENNIAL, 300],
  ['CFQ7TTC0LCHC:0002', 'Microsoft 365 Business Premium', 22, WITH_TRIENNIAL, 300],
  ['CFQ7TTC0LH1G:0002', 'Microsoft 365 Apps for business', 8.25, STANDARD, 300],
  ['CFQ7TTC0LGZT:0001', 'Microsoft 365 Apps for enterprise', 12, STANDARD],
  ['CFQ7TTC0LF8Q:0001', 'Office 365 E1', 10, WITH_TRIENNIAL],
  ['CFQ7TTC0LF8R:0001', 'Office 365 E3', 23, WITH_TRIENNIAL],
  ['CFQ7TTC0LF8S:0001', 'Office 365 E5', 38, WITH_TRIENNIAL],
  ['CFQ7TTC0LFLX:0001', 'Microsoft 365 E3', 36, WITH_TRIENNIAL],
  ['CFQ7TTC0LFLZ:0001', 'Microsoft 365 E5', 57, WITH_TRIENNIAL],
  ['CFQ7TTC0LGTX:0001', 'Microsoft 365 F3', 8, STANDARD],
  ['CFQ7TTC0LH15:0001', 'Microsoft 365 F1', 2.25, STANDARD],
  ['CFQ7TTC0LH16:0001', 'Exchange Online (Plan 1)', 4, STANDARD],
  ['CFQ7TTC0LH1P:0001', 'Exchange Online (Plan 2)', 8, STANDARD],
  ['CFQ7TTC0LH0Z:0001', 'Exchange Online Kiosk', 2, STANDARD],
  ['CFQ7TTC0LHBH:0001', 'Exchange Online Archiving', 3, STANDARD],
  ['CFQ7TTC0RM8K:0001', 'Microsoft Teams Essentials', 4, STANDARD, 300],
  ['CFQ7TTC0TLN6:0001', 'Microsoft Teams Enterprise', 5.25, STANDARD],
  ['CFQ7TTC0LFK5:0001', 'Microsoft Entra ID P1', 6, STANDARD],
  ['CFQ7TTC0LFK6:0001', 'Microsoft Entra ID P2', 9, STANDARD],
  ['CFQ7TTC0LCHX:0001', 'Microsoft Defender for Business', 3, STANDARD, 300],
  ['CFQ7TTC0LGTN:0001', 'Microsoft Defender for Endpoint P1', 3, STANDARD],
  ['CFQ7TTC0LGTP:0001', 'Microsoft Defender for Endpoint P2', 5.2, STANDARD],
  ['CFQ7TTC0LHRQ:0001', 'Microsoft Defender for Office 365 (Plan 1)', 2, STANDARD],
  ['CFQ7TTC0LHRR:0001', 'Microsoft Defender for Office 365 (Plan 2)', 5, STANDARD],
  ['CFQ7TTC0LCHG:0001', 'Microsoft Intune Plan 1', 8, STANDARD],
  ['CFQ7TTC0L3PB:0001', 'Power BI Pro', 14, STANDARD],
  ['CFQ7TTC0HL8W:0001', 'Power BI Premium Per User', 24, STANDARD],
  ['CFQ7TTC0HD33:0001', 'Visio Plan 1', 5, STANDARD],
  ['CFQ7TTC0HD32:0001', 'Visio Plan 2', 15, STANDARD],
  ['CFQ7TTC0HDB1:0001', 'Project Plan 1', 10, STANDARD],
  ['CFQ7TTC0HDB0:0001', 'Project Plan 3', 30, STANDARD],
  ['CFQ7TTC0HDB2:0001', 'Project Plan 5', 55, STANDARD],
  ['CFQ7TTC0MM8R:0001', 'Microsoft 365 Copilot', 30, ['P1Y-M', 'P1Y-Y']],
  ['CFQ7TTC0LFJ2:0001', 'Microsoft 365 E5 Security', 12, STANDARD],
  ['CFQ7TTC0LFJ1:0001', 'Microsoft 365 E5 Compliance', 12, STANDARD],
  ['CFQ7TTC0J1FV:0001', 'Windows 365 Business 2 vCPU, 4 GB, 128 GB', 31, STANDARD, 300],
  ['CFQ7TTC0LH2H:0001', 'Dynamics 365 Business Central Essentials', 80, STANDARD],
  // A test product: its name carries markup so the app can prove it renders names as text.
  ['SBX-MARKUP-01:0001', 'Contoso <b>Bold</b> Add-on <script>alert(1)</script>', 1, ['P1M']],
];

export const SKUS: Sku[] = SKU_ROWS.map(([mpn, name, monthly, variants, max]) => ({ mpn, name, monthly, variants, max }));

const MONTH: Period = { type: 'month', duration: 1 };
const YEAR: Period = { type: 'year', duration: 1 };
const THREE_YEARS: Period = { type: 'year', duration: 3 };

// Monthly terms cost 20% more than annual ones, as Microsoft prices NCE.
const VARIANTS: Record<Variant, { term: Period; billing: Period; factor: number }> = {
  P1M: { term: MONTH, billing: MONTH, factor: 1.2 },
  'P1Y-M': { term: YEAR, billing: MONTH, factor: 1 },
  'P1Y-Y': { term: YEAR, billing: YEAR, factor: 12 },
  'P3Y-Y': { term: THREE_YEARS, billing: YEAR, factor: 12 },
};

const PRODUCT_ID_START = 2_000_001;

export function catalogProducts(skus: Sku[] = SKUS, firstId = PRODUCT_ID_START): Product[] {
  const out: Product[] = [];
  let id = firstId;
  for (const sku of skus) {
    for (const v of sku.variants ?? STANDARD) {
      const { term, billing, factor } = VARIANTS[v];
      const price = Math.round(sku.monthly * factor * 100) / 100;
      out.push({
        id: String(id++),
        mpn: sku.mpn,
        name: sku.name,
        vendor: 'Microsoft',
        minimumQuantity: 1,
        maximumQuantity: sku.max ?? 10_000,
        price,
        cost: Math.round(price * 85) / 100, // resellers buy at about 15% below list
        billingPeriod: billing,
        subscriptionPeriod: term,
      });
    }
  }
  return out;
}

// Synthetic SKUs for scale tests that ask for more products than the real catalog has.
export function syntheticSkus(count: number): Sku[] {
  return Array.from({ length: count }, (_, i) => ({
    mpn: `SBXGEN${String(i + 1).padStart(6, '0')}:0001`,
    name: `Generated Product ${i + 1}`,
    monthly: 1 + (i % 50),
  }));
}
