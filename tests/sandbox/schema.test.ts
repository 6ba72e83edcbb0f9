// The validator itself must be able to fail, or every other test's validation proves nothing.
import { describe, expect, it } from 'vitest';
import { assertValidResponse } from './schema';

const row = { id: '1', name: 'x', customerId: '2', status: 'active', renewalStatus: true, creationDate: '2026-01-01', renewalDate: '2027-01-01' };
const page = (data: unknown[]) => ({ data, pagination: { offset: 0, limit: 10, total: data.length } });

describe('cmp-1.6.yaml validation with the contract corrections', () => {
  it('accepts a well-formed subscription page', () => {
    expect(() => assertValidResponse('GET', '/subscriptions', 200, page([row]))).not.toThrow();
  });

  it('rejects subscription rows that carry products, bad enums and bad dates', () => {
    expect(() => assertValidResponse('GET', '/subscriptions', 200, page([{ ...row, products: [] }]))).toThrow();
    expect(() => assertValidResponse('GET', '/subscriptions', 200, page([{ ...row, status: 'on' }]))).toThrow();
    expect(() => assertValidResponse('GET', '/subscriptions', 200, page([{ ...row, creationDate: '01/02/2026' }]))).toThrow();
    expect(() => assertValidResponse('GET', '/subscriptions', 200, { data: [row] })).toThrow();
  });

  it('rejects money as a number and order rows with a poNumber', () => {
    const sub = { ...row, totalPrice: { amount: 70.5, currency: 'USD' } };
    expect(() => assertValidResponse('GET', '/subscriptions/{id}', 200, sub)).toThrow();
    const order = { id: '5', customerId: '2', type: 'sales', poNumber: 'PO1' };
    expect(() => assertValidResponse('GET', '/orders', 200, page([order]))).toThrow();
  });

  it('rejects an error body without a correlation id', () => {
    expect(() => assertValidResponse('GET', '/customers', 500, { status: 500, message: 'x' })).toThrow();
  });
});
