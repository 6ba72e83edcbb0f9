// Every action built with the factory registers its name and permission here, so the
// role-matrix tests can prove that each one has a row.
export const actionRegistry = {
  entries: new Map<string, string>(),
  add(name: string, permission: string) {
    this.entries.set(name, permission);
  },
};
