// The purchase form's validation, loaded on the wizard's first check (purchase-wizard.tsx).
import { zodResolver } from '@hookform/resolvers/zod';
import { purchaseSchema } from '@/lib/validations/purchase';

export const purchaseResolver = zodResolver(purchaseSchema);
