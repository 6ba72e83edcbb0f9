'use client';
import { useEffect, useRef } from 'react';
import s from './purchase-wizard.module.css';

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
      <h2 ref={heading} tabIndex={-1} className={s.heading}>
        {text}
      </h2>
      <div role="status" aria-live="polite" data-testid="step-announcement" className={s.hidden}>
        {moved ? `Now on ${text}` : ''}
      </div>
    </>
  );
}
