import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { redirect } from 'next/navigation';
import { SignInForm } from './_components/sign-in-form';
import { entraEnabled } from '@/lib/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { appOrigin, safeRedirectPath } from '@/lib/auth/redirect';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl: raw, error } = await searchParams;
  const callbackUrl = safeRedirectPath(raw ?? '/', await appOrigin());
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 400 }}>
        <CardContent sx={{ p: 4 }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }} gutterBottom>
            CIPP{' '}
            <Box component="span" sx={{ color: 'primary.main' }}>
              · Ingram Micro
            </Box>
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            Sign in to manage your tenants&apos; licenses.
          </Typography>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="signin-refused">
              {error === 'AccessDenied' ? 'This Microsoft account may not sign in here. Ask a superadmin to add you as a user.' : 'Sign-in failed. Try again.'}
            </Alert>
          )}
          <SignInForm callbackUrl={callbackUrl} entra={entraEnabled()} />
        </CardContent>
      </Card>
    </Box>
  );
}
