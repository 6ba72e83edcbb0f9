// Every action and GET route built with the factories registers its name and permission here,
// so the role-matrix tests can prove that each one has a row.
export const actionRegistry = {
  entries: new Map<string, string>(),
  /** The callable of each action, so a test can call every one of them. */
  callables: new Map<string, (input: unknown) => Promise<unknown>>(),
  add(name: string, permission: string, callable?: (input: unknown) => Promise<unknown>) {
    this.entries.set(name, permission);
    if (callable) this.callables.set(name, callable);
  },
};

/** GET route handlers by URL pattern ("/api/orders/[orderId]", route groups left out). */
export const routeRegistry = {
  entries: new Map<string, string>(),
  add(route: string, permission: string) {
    this.entries.set(route, permission);
  },
};
