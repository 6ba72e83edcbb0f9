'use client';
// A tenant chooser: a small hand-made combobox (ARIA 1.2 pattern) instead of MUI's Autocomplete, Popper
// and TextField. Name on the first line of an option, a caption on the second; found by name, domain or id.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { tenantSearchText, type PickerTenant } from './tenant-filter';
import f from './outlined-field.module.css';
import styles from './tenant-combobox.module.css';

// A long tenant list is narrowed by typing; drawing thousands of options on every open is not.
const SHOWN = 500;
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

type Props<T extends PickerTenant> = {
  options: T[];
  value: T | null;
  onChange: (tenant: T) => void;
  /** The second line of an option: the domain, or what the tenant is billed to. */
  caption: (tenant: T) => string;
  label: string;
  placeholder: string;
  className?: string;
};

export function TenantCombobox<T extends PickerTenant>({ options, value, onChange, caption, label, placeholder, className }: Props<T>) {
  // null while the person has not typed: the field shows the chosen tenant and the list every option.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const matches = useMemo(() => (query ? options.filter((t) => fold(tenantSearchText(t)).includes(fold(query))) : options), [options, query]);
  const shown = matches.slice(0, SHOWN);

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (tenant: T) => {
    close();
    onChange(tenant);
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
    <div className={className ? `${f.field} ${className}` : f.field}>
      <label htmlFor={`${id}-input`} className={f.label}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        className={f.input}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${id}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={query ?? value?.displayName ?? ''}
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
        <ul id={`${id}-list`} role="listbox" aria-label={label} className={styles.list}>
          {shown.length === 0 && <li className={styles.empty}>No tenant matches</li>}
          {shown.map((t, i) => (
            <li
              key={t.tenantId}
              id={`${id}-${i}`}
              role="option"
              aria-selected={t.tenantId === value?.tenantId}
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
