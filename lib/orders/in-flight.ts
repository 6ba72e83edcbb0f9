import 'server-only';
// Orders this process is sending right now. Resolution leaves only these alone: a row in
// 'sending' that is not here was left by a process that died mid-send.
const holder = globalThis as unknown as { __ordersInFlight?: Set<number> };

export const ordersInFlight: Set<number> = (holder.__ordersInFlight ??= new Set<number>());
