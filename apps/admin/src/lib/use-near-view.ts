// True once an element comes within a screen of the viewport, and from then on: for a part
// far below the first view that costs requests and a render of its own (the dashboard's
// progress chart: four years' answers and a chart per indicator). On a phone nobody sees
// it before scrolling, and asked for with the page it competed with the first view
// (issue 14). Where IntersectionObserver is missing, the part shows at once.
import { useCallback, useRef, useState } from 'react';

/** The ref to put on the element, and whether it has come near the view. */
export function useNearView(): [(element: Element | null) => void, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback((element: Element | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        setNear(true);
        observer.current?.disconnect();
      },
      { rootMargin: '100% 0px' },
    );
    observer.current.observe(element);
  }, []);
  return [ref, near];
}
