import { requireUser } from '@/lib/auth/current-user';
import { levelAllows } from '@/lib/auth/permissions';
import { allTenantsLicensesHref, allTenantsOrdersHref, termBucketLabel, termBuckets } from '@/lib/inventory/filter';
import { ACTIVE, dashboardData } from '@/lib/inventory/portfolio/summary';
import { formatMoney } from '@/lib/money';
import { PortfolioChart } from './_components/portfolio-chart';
import styles from './_components/dashboard.module.css';
import { Tile, TileGrid, TileLine, TileOverline } from './_components/tile';

const perMonth = (n: number | undefined, currency: string | null) => `${formatMoney(n ?? 0, currency)} ${currency ?? ''}`.trim();
const plural = (n: number, word: string) => `${word}${n === 1 ? '' : 's'}`;

// The portfolio at a glance, read from the inventory on the server: every number links to its list.
export default async function DashboardPage() {
  const user = await requireUser('/');
  const withCost = levelAllows(user.level, 'costs.view');
  const { summary: s, history } = dashboardData(withCost, undefined, user.scope);
  const run = s.sync.lastRun;
  return (
    <>
      <h1 className={styles.title}>Dashboard</h1>
      <p className={styles.lead}>Welcome, {user.name}. Every mapped tenant at a glance, from the license inventory; each number opens the list behind it.</p>
      <TileGrid>
        <Tile title="Monthly recurring">
          {s.recurring.length === 0 && <p className={styles.muted}>No active subscriptions in the inventory yet.</p>}
          {s.recurring.map((t) => (
            <div key={t.currency ?? 'none'}>
              <TileLine
                value={perMonth(t.monthlyPrice, t.currency)}
                label={`price per month (${t.currency ?? 'no currency'})`}
                href={allTenantsLicensesHref({ ...ACTIVE, sort: 'monthlyPrice', dir: 'desc' })}
              />
              {t.monthlyCost !== undefined && (
                <TileLine
                  value={perMonth(t.monthlyCost, t.currency)}
                  label={`cost per month (${t.currency ?? 'no currency'})`}
                  href={allTenantsLicensesHref({ ...ACTIVE, sort: 'monthlyCost', dir: 'desc' })}
                />
              )}
              {t.monthlyMargin !== undefined && (
                <TileLine
                  value={perMonth(t.monthlyMargin, t.currency)}
                  label={`margin per month (${t.currency ?? 'no currency'})`}
                  href={allTenantsLicensesHref({ ...ACTIVE, sort: 'monthlyMargin', dir: 'asc' })}
                />
              )}
            </div>
          ))}
        </Tile>
        <Tile title="Renewals">
          {s.renewals.map((r) => (
            <div key={r.days}>
              <TileOverline>Next {r.days} days</TileOverline>
              {termBuckets.map((b) => (
                <TileLine
                  key={b}
                  value={r.byTerm[b]}
                  label={`${termBucketLabel[b].toLowerCase()} renewing within ${r.days} days`}
                  href={allTenantsLicensesHref({ ...ACTIVE, renewalWithinDays: r.days, term: b })}
                />
              ))}
            </div>
          ))}
        </Tile>
        <Tile title="NCE windows closing">
          {s.windows.map((w) => (
            <div key={w.hours}>
              <TileLine value={w.seats} label={`${plural(w.seats, 'seat')} still reducible, window closing within ${w.hours} hours`} href={allTenantsLicensesHref({ windowClosingHours: w.hours })} />
              <TileLine
                value={w.subscriptions}
                label={`${plural(w.subscriptions, 'subscription')} with a window closing within ${w.hours} hours`}
                href={allTenantsLicensesHref({ windowClosingHours: w.hours })}
              />
            </div>
          ))}
        </Tile>
        <Tile title="Orders">
          <TileLine value={s.ordersInProgress} label="orders in progress" href={allTenantsOrdersHref({ state: 'open' })} />
          <TileLine value={s.ordersFailed7d} label="orders failed in the last 7 days" href={allTenantsOrdersHref({ state: 'failed', days: 7 })} />
        </Tile>
        <Tile title="Tenants">
          <TileLine value={s.tenantsUnmapped} label="tenants not mapped to an Ingram Micro customer" href="/settings/mappings" />
        </Tile>
        <Tile title="Sync health">
          <TileLine
            value={run ? new Date(run.startedAt).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'never'}
            label={run ? `last ${run.kind} run, ${run.status}` : 'no sync has run yet'}
            href={levelAllows(user.level, 'inventory.sync') ? '/settings/integrations/ingram?tab=sync' : undefined}
          />
          <TileLine
            value={s.sync.failingTenants}
            label={`${plural(s.sync.failingTenants, 'tenant')} failing to sync`}
            href={levelAllows(user.level, 'inventory.sync') ? '/settings/integrations/ingram?tab=sync' : undefined}
          />
        </Tile>
        <Tile title="Seats and monthly spend, last 90 days" wide>
          <PortfolioChart history={history} />
        </Tile>
      </TileGrid>
    </>
  );
}
