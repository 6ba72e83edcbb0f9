'use client';
// "As of 14:02 (3 min ago)": when the rows were read from Ingram, with a Refresh that reads them live.
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useNow } from '@/components/use-now';

function ago(ms: number): string {
  const min = Math.floor(ms / 60_000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.floor(min / 60);
  return h < 24 ? `${h} h ago` : `${Math.floor(h / 24)} d ago`;
}

export function AsOf({ loadedAt, fetching, onRefresh }: { loadedAt: string | undefined; fetching: boolean; onRefresh: () => void }) {
  const now = useNow();
  const at = loadedAt ? Date.parse(loadedAt) : undefined;
  return (
    <>
      {at !== undefined && (
        <Typography variant="body2" color="text.secondary" data-testid="licenses-as-of" suppressHydrationWarning>
          As of {new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} ({ago(Math.max(0, now - at))})
        </Typography>
      )}
      {fetching && (
        <Typography variant="body2" color="text.secondary" role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <CircularProgress size={14} /> Reading from Ingram Micro…
        </Typography>
      )}
      <Button size="small" startIcon={<RefreshIcon />} onClick={onRefresh} disabled={fetching}>
        Refresh
      </Button>
    </>
  );
}
