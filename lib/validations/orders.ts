// Order schemas shared by the order page's follower and its action.
import { z } from 'zod';
import { ingramIdRule, orderRefRule, tenantIdRule } from './ids';

export const orderRefreshSchema = z.object({ tenantId: tenantIdRule('Choose a tenant'), ref: orderRefRule });

/** Withdrawing a scheduled change: the tenant and Ingram's order id. */
export const orderWithdrawSchema = z.object({ tenantId: tenantIdRule('Choose a tenant'), orderId: ingramIdRule('Not an order id') });
