import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { AppProviders } from '@/components/app-providers';
import { LinkCard } from '@/components/link-card';

export default function NotFound() {
  return (
    <AppProviders>
      <Box sx={{ minHeight: '60vh', display: 'grid', placeItems: 'center', p: 3 }}>
        <Box sx={{ maxWidth: 420, textAlign: 'center' }}>
          <Typography variant="h5" component="h1" gutterBottom>
            Page not found
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            The link may be old, or the item was removed.
          </Typography>
          <LinkCard href="/" title="Back to the dashboard" />
        </Box>
      </Box>
    </AppProviders>
  );
}
