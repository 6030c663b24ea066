// A screen's parts below its first view render in a second pass, after the first has
// painted: false on the first render, then true in a transition, which React renders in
// slices that yield to the browser. On a phone, one render of the whole unit page or
// dashboard was a single long task (Lighthouse's total blocking time) before anything showed.
import { useDeferredValue } from 'react';

export function useRestOfScreen(): boolean {
  return useDeferredValue(true, false);
}
