// On server start: settle orders left unclear by a previous process (a crash between
// sending POST /orders and recording the answer), then keep checking unclear ones; start
// the alert jobs (evaluation and delivery, both leased in the database); and start the inventory
// sync's schedule (continuing a run a dead process left behind).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startOrderResolution } = await import('./lib/orders/resolution-loop');
  startOrderResolution();
  const { startAlerts } = await import('./lib/alerts/scheduler');
  startAlerts();
  const { startInventorySync } = await import('./lib/inventory/sync/scheduler');
  startInventorySync();
}
