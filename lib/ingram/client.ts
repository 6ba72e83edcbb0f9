import 'server-only';
// The Ingram client: one object with every operation the app needs. Usable without the database.
import { connectionKey, DEFAULT_OPTIONS, type ClientOptions, type IngramConnection } from './connection';
import { accountOperations } from './operations/accounts';
import { catalogOperations } from './operations/catalog';
import { testConnection } from './operations/connection-test';
import { orderOperations } from './operations/orders';
import { placeOrderOperations } from './operations/place-order';
import { subscriptionOperations } from './operations/subscriptions';
import { createTokenSource, type TokenStore } from './token';
import { createTransport } from './transport';
import type { ConnectionTestResult } from './types';

export type CreateIngramClientInput = {
  connection: IngramConnection;
  tokenStore: TokenStore;
  options?: Partial<ClientOptions>;
};

export function createIngramClient({ connection, tokenStore, options }: CreateIngramClientInput) {
  const resolved: ClientOptions = { ...DEFAULT_OPTIONS, ...stripUndefined(options ?? {}) };
  const transport = createTransport(connection, createTokenSource(connection, tokenStore, resolved), resolved);
  const orders = orderOperations(transport);
  return {
    /** Always a fresh token (the cache is neither read nor written), then GET /resellers. */
    testConnection: (): Promise<ConnectionTestResult> => testConnection(connection, resolved),
    ...accountOperations(transport),
    ...catalogOperations(transport, connectionKey(connection)),
    ...subscriptionOperations(transport),
    ...orders,
    ...placeOrderOperations(transport, orders.findOrderByPoNumber),
  };
}

export type IngramClient = ReturnType<typeof createIngramClient>;

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
