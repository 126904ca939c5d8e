import { dayOf } from '@opencasework/core';
import type { Localizer } from '../messages/index.js';
import type { Viewport } from './timeline-geometry.js';

/** "1 Jan 2019 to 31 Dec 2020": the stretch of time in view (the axis counts UTC days, as the model does). */
export function timelineRangeText(l: Localizer, v: Viewport): string {
  return l.t('timeline.showing', { from: l.date(dayOf(v.start, 'UTC')), to: l.date(dayOf(v.end, 'UTC')) });
}
