/**
 * Performance marks for step speed: "Continue" is marked when pressed, and when the next step has
 * been painted (the frame after it rendered) a measure `hc:step` records the time between. Read
 * by `npm run step-speed`; costs nothing otherwise.
 */
import { useEffect } from 'react';

export const CONTINUE_MARK = 'hc:continue';
export const STEP_MEASURE = 'hc:step';

export function useMeasureStepPaint(stepId: string): void {
  useEffect(() => {
    if (performance.getEntriesByName(CONTINUE_MARK).length === 0) return;
    const frame = requestAnimationFrame(() => {
      setTimeout(() => {
        performance.measure(STEP_MEASURE, { start: CONTINUE_MARK, detail: stepId });
        performance.clearMarks(CONTINUE_MARK);
      }, 0);
    });
    return () => cancelAnimationFrame(frame);
  }, [stepId]);
}
