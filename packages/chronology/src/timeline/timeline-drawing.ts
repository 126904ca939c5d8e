// The timeline's drawing, reading and keyboard map: loaded on demand (timeline-controller.ts), in its own chunk, when
// the timeline is first shown. A chronology opens on its table, and most readers never draw the timeline.
export { timelineKeyAction, timelineView } from './timeline-view.js';
export { eventAtOrAfter, jumpViewport } from './timeline-reading.js';
