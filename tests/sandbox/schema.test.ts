// The validator itself must be able to fail, or every other test's validation proves nothing.
import { describe, expect, it } from 'vitest';
import { assertValidResponse, forAnswers } from './schema';

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

  // The old validator dropped `required` from any schema with a write-only property it did not list.
  it('rejects an order without customerId, the field required next to write-only ones', () => {
    const order = { id: '5000001', orderNumber: 'SO-1', type: 'change', status: 'submitted', customerId: '1000001', products: [{ quantity: 2 }] };
    expect(() => assertValidResponse('GET', '/orders/{id}', 200, order)).not.toThrow();
    const { customerId: _dropped, ...withoutCustomer } = order;
    expect(() => assertValidResponse('GET', '/orders/{id}', 200, withoutCustomer)).toThrow(/customerId/);
    expect(() => assertValidResponse('PATCH', '/orders/{id}', 200, withoutCustomer)).toThrow(/customerId/);
  });

  it('rejects a write-only field in an answer: scheduledOn is never echoed', () => {
    const order = { id: '5000001', type: 'change', customerId: '1000001', subscriptionId: '3000001' };
    expect(() => assertValidResponse('GET', '/orders/{id}', 200, order)).not.toThrow();
    expect(() => assertValidResponse('GET', '/orders/{id}', 200, { ...order, scheduledOn: 'renewal' })).toThrow(/scheduledOn/);
  });

  // contract.md, "Where the OpenAPI file is wrong": parameter values are strings, not objects.
  it('accepts parameter values as strings', () => {
    const sub = { ...row, orderParameters: [{ name: 'microsoft_domain', value: 'contoso.onmicrosoft.com' }] };
    expect(() => assertValidResponse('GET', '/subscriptions/{id}', 200, sub)).not.toThrow();
  });

  it('reads OpenAPI 3.0 nullable as a null type', () => {
    expect(forAnswers({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] });
    expect(forAnswers({ $ref: '#/x', nullable: true })).toEqual({ anyOf: [{ $ref: '#/x' }, { type: 'null' }] });
  });
});
