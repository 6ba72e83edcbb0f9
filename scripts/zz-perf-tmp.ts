import { getSqlite } from '@/db';
import { subscriptionPageSchema } from '@/lib/inventory/filter';
import { listPortfolioSubscriptions, subscriptionTotals } from '@/lib/inventory/portfolio/subscriptions';
const db = getSqlite();
const now = Date.now();
const t = db.prepare('INSERT OR IGNORE INTO tenants (tenant_id, display_name, default_domain) VALUES (?, ?, ?)');
const s = db.prepare(`INSERT INTO inventory_subscriptions (id, tenant_id, customer_id, product_name, mpn, quantity, status, subscription_period, billing_period, term_months, billing_months, unit_price, unit_cost, total_price, currency, renewal_date, auto_renew, lots, window_closes_at, first_seen_at, last_seen_at) VALUES (?, ?, 'c', ?, 'm', 5, 'active', 'P1Y', 'P1M', 12, 1, '10', '8', '50', 'USD', ?, 1, ?, ?, ?, ?)`);
db.transaction(() => {
  for (let i = 0; i < 3000; i++) t.run(`t-${i}`, `Tenant ${i}`, `t${i}.onmicrosoft.com`);
  for (let i = 0; i < 50000; i++) s.run(`s-${i}`, `t-${i % 3000}`, `Product ${i % 7}`, new Date(now + (i % 365) * 86400000).toISOString().slice(0, 10), '[]', null, now, now);
})();
const time = (label: string, f: () => unknown) => { const t0 = performance.now(); f(); console.log(label, Math.round(performance.now() - t0), 'ms'); };
for (let k = 0; k < 2; k++) {
time('totals', () => subscriptionTotals({}, now, true));
time('page', () => listPortfolioSubscriptions(subscriptionPageSchema.parse({}), { withCost: true, now }));
time('raw sort', () => db.prepare('select s.id from inventory_subscriptions s left join tenants t on t.tenant_id = s.tenant_id where s.gone_at is null order by coalesce(t.display_name, s.tenant_id), s.product_name, s.id limit 25').all());
time('raw group', () => db.prepare('select currency, count(*), sum(cast(total_price as real)/coalesce(nullif(billing_months,0),1)) from inventory_subscriptions where gone_at is null group by currency').all());
time('raw count', () => db.prepare('select count(*) from inventory_subscriptions').get());
time('asof', () => db.prepare('select max(last_seen_at) from inventory_subscriptions').get());
}
console.log(db.prepare('explain query plan select s.id from inventory_subscriptions s left join tenants t on t.tenant_id = s.tenant_id where s.gone_at is null order by coalesce(t.display_name, s.tenant_id), s.product_name, s.id limit 25').all());
