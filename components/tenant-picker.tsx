'use client';
// The top bar's tenant chooser: a small hand-made combobox (ARIA 1.2 pattern) instead of MUI's
// Autocomplete, Popper and TextField, which every dashboard page would otherwise download first.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { ALL_TENANTS_OPTION, tenantSearchText, useTenantFilter, type PickerTenant } from './tenant-filter';
import styles from './tenant-picker.module.css';

export type { PickerTenant } from './tenant-filter';

// A long tenant list is narrowed by typing; drawing thousands of options on every open is not.
const SHOWN = 500;
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const caption = (t: PickerTenant) => (t === ALL_TENANTS_OPTION ? 'Every mapped tenant, from the inventory' : t.defaultDomain);

type Props = { tenants: PickerTenant[]; rememberedTenantId: string | null; onRemember: (input: { tenantId: string }) => Promise<unknown> };

/** The current tenant, kept in `?tenantFilter=` and remembered per user through `onRemember`; found by name, domain or tenant id. */
export function TenantPicker({ tenants, rememberedTenantId, onRemember }: Props) {
  const { filter, setTenant } = useTenantFilter();
  const options = useMemo(() => [ALL_TENANTS_OPTION, ...tenants], [tenants]);
  const current = useMemo(() => options.find((t) => t.defaultDomain === filter?.toLowerCase() || t.tenantId === filter?.toLowerCase()) ?? null, [options, filter]);
  // null while the person has not typed: the field shows the current tenant and the list shows every option.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();

  // A page opened without a tenant follows the one this user chose last.
  const remembered = !filter && rememberedTenantId ? tenants.find((t) => t.tenantId === rememberedTenantId) : undefined;
  useEffect(() => {
    if (remembered) setTenant(remembered, 'replace');
  }, [remembered, setTenant]);

  const matches = useMemo(() => (query ? options.filter((t) => fold(tenantSearchText(t)).includes(fold(query))) : options), [options, query]);
  const shown = matches.slice(0, SHOWN);

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (tenant: PickerTenant) => {
    close();
    setTenant(tenant);
    if (tenant !== ALL_TENANTS_OPTION) void onRemember({ tenantId: tenant.tenantId });
  };
  const show = (index: number) => {
    setOpen(true);
    setActive(index);
    document.getElementById(`${id}-${index}`)?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (e.key === 'ArrowDown') show(open ? Math.min(active + 1, last) : 0);
    else if (e.key === 'ArrowUp') show(open ? Math.max(active - 1, 0) : last);
    else if (e.key === 'Enter' && open && shown[active]) choose(shown[active]);
    else if (e.key === 'Escape' && open) close();
    else return;
    e.preventDefault();
  };

  return (
    <div className={styles.picker}>
      <label htmlFor={`${id}-input`} className={styles.label}>
        Tenant
      </label>
      <input
        id={`${id}-input`}
        className={styles.input}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${id}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Select a tenant"
        value={query ?? current?.displayName ?? ''}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onMouseDown={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" aria-label="Tenants" className={styles.list}>
          {shown.length === 0 && <li className={styles.empty}>No tenant matches</li>}
          {shown.map((t, i) => (
            <li
              key={t.tenantId}
              id={`${id}-${i}`}
              role="option"
              aria-selected={t === current}
              className={i === active ? `${styles.option} ${styles.active}` : styles.option}
              // Keeps the focus in the field, so its blur does not close the list before the click.
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(t)}
            >
              <span>
                {t.displayName}
                <br />
                <small className={styles.caption}>{caption(t)}</small>
              </span>
            </li>
          ))}
          {matches.length > SHOWN && <li className={styles.empty}>{matches.length - SHOWN} more: type to narrow the list</li>}
        </ul>
      )}
    </div>
  );
}
