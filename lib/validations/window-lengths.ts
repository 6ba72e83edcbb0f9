// The NCE window length per product: the Settings form (zodResolver) and its actions.
import { z } from 'zod';
import { mpnRule, NO_CONTROL } from './ids';

export const windowLengthSchema = z.object({
  mpn: mpnRule('Enter the product’s MPN, such as CFQ7TTC0LCHC:0002'),
  /** Up to a year: Microsoft's window has been days, never longer. */
  hours: z.coerce.number<string | number>().int('A whole number of hours').min(1, 'From 1 to 8760 hours').max(8760, 'From 1 to 8760 hours'),
  note: z.string().trim().max(200, 'At most 200 characters').regex(NO_CONTROL, 'No control characters'),
});
export type WindowLengthInput = z.input<typeof windowLengthSchema>;
export type WindowLengthValues = z.output<typeof windowLengthSchema>;

export const removeWindowLengthSchema = z.object({ mpn: mpnRule('Not an MPN') });
