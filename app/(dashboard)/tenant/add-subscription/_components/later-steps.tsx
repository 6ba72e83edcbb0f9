'use client';
import type { UseQueryResult } from '@tanstack/react-query';
import { MuiProviders } from '@/components/mui-providers';
import type { ActionResult } from '@/lib/actions/result';
import type { CatalogGroup } from '@/lib/catalog/types';
import type { OwnedSubscription } from '@/lib/purchase/owned';
import type { TenantChoice } from '@/lib/purchase/tenant-choices';
import { ProductStep } from './product-step';
import { QuantityStep } from './quantity-step';
import { ReviewStep } from './review-step';

type Props = {
  step: number;
  nonce?: string;
  group: CatalogGroup | null;
  onSelect: (group: CatalogGroup) => void;
  owned: OwnedSubscription[];
  ownedState: UseQueryResult<ActionResult<OwnedSubscription[]>>;
  tenant: TenantChoice | null;
  canPurchase: boolean;
};

/**
 * The product, quantity and review steps, in MUI, with MUI's theme and Emotion's style cache (the CSP
 * nonce on its style tags): the route's layout has none, so the tenant step's first paint does not
 * download them. Every alert or dialog these steps open is inside the same providers.
 */
export function LaterSteps({ step, nonce, group, onSelect, owned, ownedState, tenant, canPurchase }: Props) {
  return (
    <MuiProviders nonce={nonce}>
      {step === 1 && <ProductStep selected={group} onSelect={onSelect} owned={owned} ownedState={ownedState} />}
      {step === 2 && group && <QuantityStep group={group} owned={owned} />}
      {step === 3 && group && tenant && canPurchase && <ReviewStep group={group} tenant={tenant} owned={owned} />}
    </MuiProviders>
  );
}
