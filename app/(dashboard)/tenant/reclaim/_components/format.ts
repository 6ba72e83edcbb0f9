// How the planner writes a deadline: UTC first (what Microsoft counts in), then the viewer's local time.
export function deadlineText(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const utc = `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `${utc} (local ${d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })})`;
}

export const termWords = (months: number) => (months === 1 ? '1 month' : months % 12 === 0 ? `${months / 12} year${months === 12 ? '' : 's'}` : `${months} months`);
