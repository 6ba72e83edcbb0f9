// The Microsoft NCE catalog: each SKU appears once per term and billing variant, same MPN.
import type { Period, Product } from '../types';

type Variant = 'P1M' | 'P1Y-M' | 'P1Y-Y' | 'P3Y-Y';
type Sku = { mpn: string; name: string; monthly: number; max?: number; variants?: Variant[] };

const STANDARD: Variant[] = ['P1M', 'P1Y-M', 'P1Y-Y'];
const WITH_TRIENNIAL: Variant[] = ['P1M', 'P1Y-M', 'P1Y-Y', 'P3Y-Y'];

// monthly = list price per seat per month on an annual commitment, in USD.
export const SKUS: Sku[] = [
  { mpn: 'CFQ7TTC0LH18:0001', name: 'Microsoft 365 Business Basic', monthly: 6, max: 300, variants: WITH_TRIENNIAL },
  { mpn: 'CFQ7TTC0LDPB:0001', name: 'Microsoft 365 Business Standard', monthly: 12.5, max: 300, variants: WITH_TRIENNIAL },
  { mpn: 'CFQ7TTC0LCHC:0002', name: 'Microsoft 365 Business Premium', monthly: 22, max: 300, variants: WITH_TRIENNIAL },
  { mpn: 'CFQ7TTC0LH1G:0002', name: 'Microsoft 365 Apps for business', monthly: 8.25, max: 300 },
  { mpn: 'CFQ7TTC0LGZT:0001', name: 'Microsoft 365 Apps for enterprise', monthly: 12 },
  { mpn: 'CFQ7TTC0LF8Q:0001', name: 'Office 365 E1', monthly: 10, variants: WITH_TRIENNIAL },
  { mpn: 'CFQ7TTC0LF8R:0001', name: 'Office 365 E3', monthly: 23, variants: WITH_TRIENNIAL },
  { mpn: 'CFQ7TTC0LF8S:0001', name: 'Office 365 E5', monthly: 38, variants: WITH_TRIENNIAL },
  { mpn: 'CFQ7TTC0LFLX:0001', name: 'Microsoft 365 E3', monthly: 36, variants: WITH_TRIENNIAL },
  { mpn: 'CFQ7TTC0LFLZ:0001', name: 'Microsoft 365 E5', monthly: 57, variants: WITH_TRIENNIAL },
  { mpn: 'CFQ7TTC0LGTX:0001', name: 'Microsoft 365 F3', monthly: 8 },
  { mpn: 'CFQ7TTC0LH15:0001', name: 'Microsoft 365 F1', monthly: 2.25 },
  { mpn: 'CFQ7TTC0LH16:0001', name: 'Exchange Online (Plan 1)', monthly: 4 },
  { mpn: 'CFQ7TTC0LH1P:0001', name: 'Exchange Online (Plan 2)', monthly: 8 },
  { mpn: 'CFQ7TTC0LH0Z:0001', name: 'Exchange Online Kiosk', monthly: 2 },
  { mpn: 'CFQ7TTC0LHBH:0001', name: 'Exchange Online Archiving', monthly: 3 },
  { mpn: 'CFQ7TTC0RM8K:0001', name: 'Microsoft Teams Essentials', monthly: 4, max: 300 },
  { mpn: 'CFQ7TTC0TLN6:0001', name: 'Microsoft Teams Enterprise', monthly: 5.25 },
  { mpn: 'CFQ7TTC0LFK5:0001', name: 'Microsoft Entra ID P1', monthly: 6 },
  { mpn: 'CFQ7TTC0LFK6:0001', name: 'Microsoft Entra ID P2', monthly: 9 },
  { mpn: 'CFQ7TTC0LCHX:0001', name: 'Microsoft Defender for Business', monthly: 3, max: 300 },
  { mpn: 'CFQ7TTC0LGTN:0001', name: 'Microsoft Defender for Endpoint P1', monthly: 3 },
  { mpn: 'CFQ7TTC0LGTP:0001', name: 'Microsoft Defender for Endpoint P2', monthly: 5.2 },
  { mpn: 'CFQ7TTC0LHRQ:0001', name: 'Microsoft Defender for Office 365 (Plan 1)', monthly: 2 },
  { mpn: 'CFQ7TTC0LHRR:0001', name: 'Microsoft Defender for Office 365 (Plan 2)', monthly: 5 },
  { mpn: 'CFQ7TTC0LCHG:0001', name: 'Microsoft Intune Plan 1', monthly: 8 },
  { mpn: 'CFQ7TTC0L3PB:0001', name: 'Power BI Pro', monthly: 14 },
  { mpn: 'CFQ7TTC0HL8W:0001', name: 'Power BI Premium Per User', monthly: 24 },
  { mpn: 'CFQ7TTC0HD33:0001', name: 'Visio Plan 1', monthly: 5 },
  { mpn: 'CFQ7TTC0HD32:0001', name: 'Visio Plan 2', monthly: 15 },
  { mpn: 'CFQ7TTC0HDB1:0001', name: 'Project Plan 1', monthly: 10 },
  { mpn: 'CFQ7TTC0HDB0:0001', name: 'Project Plan 3', monthly: 30 },
  { mpn: 'CFQ7TTC0HDB2:0001', name: 'Project Plan 5', monthly: 55 },
  { mpn: 'CFQ7TTC0MM8R:0001', name: 'Microsoft 365 Copilot', monthly: 30, variants: ['P1Y-M', 'P1Y-Y'] },
  { mpn: 'CFQ7TTC0LFJ2:0001', name: 'Microsoft 365 E5 Security', monthly: 12 },
  { mpn: 'CFQ7TTC0LFJ1:0001', name: 'Microsoft 365 E5 Compliance', monthly: 12 },
  { mpn: 'CFQ7TTC0J1FV:0001', name: 'Windows 365 Business 2 vCPU, 4 GB, 128 GB', monthly: 31, max: 300 },
  { mpn: 'CFQ7TTC0LH2H:0001', name: 'Dynamics 365 Business Central Essentials', monthly: 80 },
  // A test product: its name carries markup so the app can prove it renders names as text.
  { mpn: 'SBX-MARKUP-01:0001', name: 'Contoso <b>Bold</b> Add-on <script>alert(1)</script>', monthly: 1, variants: ['P1M'] },
];

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
