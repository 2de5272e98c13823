'use client';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed. The browser lays a printed page out at the sheet's width
 * without running the page's scripts, so a chart measured for a wide window would run off the
 * sheet; `beforeprint` re-renders it at the sheet's width first (flushSync: before the layout).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/** A chart's width on an A4 sheet: 210 mm less 12 mm margins each side, less the frame's padding. */
export const PRINT_CHART_WIDTH = 620;
