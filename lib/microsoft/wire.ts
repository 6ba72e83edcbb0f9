import 'server-only';
// Graph's wire shapes, as far as the app reads them; unknown fields pass, optional ones may be absent.
import { z } from 'zod';

const collection = <T extends z.ZodType>(row: T) => z.object({ value: z.array(row), '@odata.nextLink': z.string().optional() });

export const wireContract = z.object({
  id: z.string(),
  contractType: z.string().optional(),
  customerId: z.string(),
  defaultDomainName: z.string().nullish(),
  displayName: z.string().nullish(),
});

const units = z.number().int().nullish();
export const wireSubscribedSku = z.object({
  id: z.string(),
  skuId: z.string(),
  skuPartNumber: z.string().nullish(),
  appliesTo: z.string().nullish(),
  capabilityStatus: z.string().nullish(),
  consumedUnits: z.number().int().nullish(),
  prepaidUnits: z.object({ enabled: units, suspended: units, warning: units, lockedOut: units }).partial().nullish(),
  subscriptionIds: z.array(z.string()).nullish(),
});

export const wireCompanySubscription = z.object({
  id: z.string(),
  commerceSubscriptionId: z.string().nullish(),
  skuId: z.string().nullish(),
  skuPartNumber: z.string().nullish(),
  status: z.string().nullish(),
  totalLicenses: z.number().int().nullish(),
  isTrial: z.boolean().nullish(),
  createdDateTime: z.string().nullish(),
  nextLifecycleDateTime: z.string().nullish(),
  ownerTenantId: z.string().nullish(),
  ownerType: z.string().nullish(),
});

export const wireUser = z.object({
  id: z.string(),
  userPrincipalName: z.string().nullish(),
  accountEnabled: z.boolean().nullish(),
  assignedLicenses: z.array(z.object({ skuId: z.string().nullish() })).nullish(),
});

export const contractList = collection(wireContract);
export const subscribedSkuList = collection(wireSubscribedSku);
export const companySubscriptionList = collection(wireCompanySubscription);
export const userList = collection(wireUser);
