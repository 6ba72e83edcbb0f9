'use client';
import { useRouter } from 'next/navigation';
import { ActionErrorAlert } from '@/components/upstream-error';
import type { PublicIngramError } from '@/lib/ingram';

/** An Ingram failure met while rendering a page, shown with status and correlation id and a way to retry. */
export function UpstreamNotice({ error, title }: { error: PublicIngramError; title: string }) {
  const router = useRouter();
  return (
    <div style={{ marginBottom: 16 }}>
      <ActionErrorAlert
        title={title}
        failure={{
          ok: false,
          code: 'UPSTREAM',
          error: error.message,
          upstream: { operation: error.operation, message: error.message, status: error.status, correlationId: error.correlationId, retryable: error.retryable },
        }}
        onRetry={() => router.refresh()}
      />
    </div>
  );
}
