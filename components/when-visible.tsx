'use client';
// Renders `children` only once the spot comes near the screen: heavy parts below the fold (charts)
// are not downloaded on a first visit that never scrolls to them.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function WhenVisible({ children, placeholder, rootMargin = '200px' }: { children: ReactNode; placeholder: ReactNode; rootMargin?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [seen, rootMargin]);
  return seen ? children : <div ref={ref}>{placeholder}</div>;
}
