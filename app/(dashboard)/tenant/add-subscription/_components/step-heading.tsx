'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';

/**
 * The current step's heading. When the step changes, focus moves here (keyboard and screen-reader
 * users land on the new content) and a polite live region announces it.
 */
export function StepHeading({ step, steps, moved }: { step: number; steps: string[]; moved: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Only after Next or Back: opening the page should not steal focus from the page's own start.
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [step, moved]);
  const text = `Step ${step + 1} of ${steps.length}: ${steps[step]}`;
  return (
    <>
      <Typography ref={heading} variant="h6" component="h2" tabIndex={-1} sx={{ mb: 2, outline: 'none', '&:focus-visible': { outline: '2px solid', outlineOffset: 2 } }}>
        {text}
      </Typography>
      <Box role="status" aria-live="polite" data-testid="step-announcement" sx={visuallyHidden}>
        {moved ? `Now on ${text}` : ''}
      </Box>
    </>
  );
}

const visuallyHidden = { position: 'absolute', width: 1, height: 1, p: 0, m: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 } as const;
