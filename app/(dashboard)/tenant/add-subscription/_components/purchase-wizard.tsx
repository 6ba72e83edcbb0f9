'use client';
import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import { Notice } from '@/components/notice';
import b from '@/components/plain-button.module.css';
import { parseVariantKey } from '@/lib/catalog/periods';
import type { CatalogGroup } from '@/lib/catalog/types';
import { ownedProductsQuery } from '@/lib/purchase/queries-client';
import { purchaseBlockReason } from '@/lib/purchase/customer-standing';
import type { TenantChoice } from '@/lib/purchase/tenant-choices';
import type { PurchaseInput, PurchaseValues } from '@/lib/validations/purchase';
import { checkQuantity } from './check-quantity';
import s from './purchase-wizard.module.css';
import { StepHeading } from './step-heading';
import { TenantStep } from './tenant-step';

// The later steps and MUI's providers load with the first Next: a first visit shows only the tenant step.
// `loading` gives them their own Suspense boundary, so loading never suspends (and hides) the page around the wizard.
const LaterSteps = dynamic(() => import('./later-steps').then((m) => m.LaterSteps), { loading: () => null });

// The form's zod schema (and zod, 30 KB) loads with the first check, on Next, not with the page.
const purchaseResolver: Resolver<PurchaseInput, unknown, PurchaseValues> = async (...args) => (await import('./purchase-resolver')).purchaseResolver(...args);

type Props = {
  /** The request's CSP nonce, for the style tags of the later steps' MUI. */
  nonce?: string;
  tenant: TenantChoice | null;
  tenants: TenantChoice[];
  canPurchase: boolean;
  whoCanBuy: string;
  userRole: string;
  preselected?: { group: CatalogGroup; variantKey?: string };
};

const STEPS = ['Tenant', 'Product', 'Quantity', 'Review'];

/** The purchase wizard: one form across the steps, so Back and Next keep what was entered. */
export function PurchaseWizard({ nonce, tenant, tenants, canPurchase, whoCanBuy, userRole, preselected }: Props) {
  const [step, setStepState] = useState(0);
  const [moved, setMoved] = useState(false);
  const setStep = (change: (s: number) => number) => {
    setMoved(true);
    setStepState(change);
  };
  const [group, setGroup] = useState<CatalogGroup | null>(preselected?.group ?? null);
  const variant = parseVariantKey(preselected?.variantKey) ?? (preselected?.group.variants.length === 1 ? preselected.group.variants[0] : undefined);
  const form = useForm<PurchaseInput, unknown, PurchaseValues>({
    resolver: purchaseResolver,
    mode: 'onTouched',
    defaultValues: {
      tenantId: tenant?.tenantId ?? '',
      mpn: preselected?.group.mpn ?? '',
      termCode: variant?.termCode ?? '',
      billingCode: variant?.billingCode ?? '',
      mode: 'new',
      quantity: 1,
      customerReference: '',
      agreement: false,
      requestKey: '',
      withoutEstimate: false,
    },
  });
  const mapped = !!tenant?.customerName;
  const blocked = !!tenant?.customerName && purchaseBlockReason(tenant.customerName, tenant.customerStatus) !== null;
  const owned = useQuery(ownedProductsQuery(tenant?.tenantId, mapped));
  const ownedList = owned.data?.ok ? owned.data.data : [];
  const steps = canPurchase ? STEPS : STEPS.slice(0, 3);

  async function next() {
    const fields = ([['tenantId'], ['mpn', 'termCode', 'billingCode'], ['mode', 'subscriptionId', 'quantity']] as const)[step];
    const valid = await form.trigger(fields ? [...fields] : undefined);
    if (!valid) return;
    if (step === 2 && group && !checkQuantity(form, group, ownedList)) return;
    setStep((n) => n + 1);
  }

  // The frame is plain HTML in MUI's look (Paper, Stepper, Button): the tenant step's first paint carries no MUI (issue 20).
  return (
    <FormProvider {...form}>
      {!canPurchase && (
        <div className={s.notice}>
          <Notice title="You can browse, but not buy" severity="info">
            Your role ({userRole}) may see products and prices but may not purchase licenses. {whoCanBuy} Ask one of them to place the order.
          </Notice>
        </div>
      )}
      <div className={s.paper}>
        <ol className={s.stepper} aria-label="Purchase steps">
          {steps.map((label, i) => (
            <li key={label} className={`${s.step} ${i === step ? s.active : i < step ? s.done : ''}`} aria-current={i === step ? 'step' : undefined}>
              {i > 0 && <span className={s.connector} aria-hidden="true" />}
              <span className={s.icon} aria-hidden="true">
                {i < step ? '✓' : i + 1}
              </span>
              {label}
            </li>
          ))}
        </ol>
        <StepHeading step={step} steps={steps} moved={moved} />
        {step === 0 && <TenantStep tenant={tenant} tenants={tenants} />}
        {/* Mounted from the first Next on (the first move is always Next), so Back to the tenant step keeps MUI's style cache. */}
        {moved && <LaterSteps step={step} nonce={nonce} group={group} onSelect={setGroup} owned={ownedList} ownedState={owned} tenant={tenant} canPurchase={canPurchase} />}
        <div className={s.actions}>
          {step > 0 && (
            <button type="button" className={b.button} onClick={() => setStep((n) => n - 1)}>
              Back
            </button>
          )}
          <div className={s.grow} />
          {step < steps.length - 1 && (
            <button type="button" className={`${b.button} ${b.contained}`} onClick={next} disabled={step === 0 && (!mapped || blocked)}>
              Next
            </button>
          )}
        </div>
        {step === 2 && !canPurchase && (
          <div className={s.after}>
            <Notice title="Purchasing is not offered to your role">
              Your role ({userRole}) may not purchase licenses. {whoCanBuy}
            </Notice>
          </div>
        )}
      </div>
    </FormProvider>
  );
}
