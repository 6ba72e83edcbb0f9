import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { LinkCard } from '@/components/link-card';
import { requireUser } from '@/lib/auth/current-user';
import { levelAllows } from '@/lib/auth/permissions';
import { navigation } from '@/lib/navigation';

export default async function DashboardPage() {
  const user = await requireUser('/');
  const items = navigation.flatMap((s) => s.items).filter((i) => levelAllows(user.level, i.permission));
  return (
    <>
      <Typography variant="h5" component="h1" gutterBottom>
        Dashboard
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        Welcome, {user.name}. Choose a tenant in the top bar, then open one of the pages below.
      </Typography>
      <Grid container spacing={2}>
        {items.map((item) => (
          <Grid key={item.href} size={{ xs: 12, sm: 6, lg: 4 }}>
            <LinkCard href={item.href} title={item.label} />
          </Grid>
        ))}
      </Grid>
    </>
  );
}
