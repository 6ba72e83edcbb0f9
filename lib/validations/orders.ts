// Order schemas shared by the order page's follower and its action.
import { z } from 'zod';
import { orderRefRule, tenantIdRule } from './ids';

export const orderRefreshSchema = z.object({ tenantId: tenantIdRule('Choose a tenant'), ref: orderRefRule });
