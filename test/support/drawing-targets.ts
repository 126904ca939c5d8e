/**
 * What the forced-colours tests measure in each drawing (for `drawingContrast`): the texts held to 4.5:1 and the
 * lines and marks held to 3:1 against what is drawn under them. Shared by each package's accessibility test (forced
 * colours emulated in Chromium) and by the forced-palette group (Firefox launched in forced colours).
 */
export const GENOGRAM = {
  texts: 'text',
  marks:
    '.line, .slash, .person .shape, .person .inner, .person .solid, .person .cross, .emo path, .support, .household rect, .household line, .dispute-mark circle',
  keyTexts: 'span',
  keyMarks: '.swatch :is(line, polyline, path, rect, circle, polygon)',
};

/** In forced colours a timeline marker's outline is its system colour; in normal colours its fill carries it. */
export const TIMELINE = {
  texts: 'text.lane-label tspan, text.tick-label',
  marks: (forced: boolean) => (forced ? '.band, .gap, .marker .shape, .density' : '.band, .gap, .density'),
};

export const NETWORK = { texts: 'text', marks: '.edge, .marker' };

/**
 * Grid lines count in forced colours (where the axis once vanished); in normal colours they are light guides, not
 * data (every score is labelled and in the table), so there only the data lines and markers are held to 3:1.
 */
export const PLAN_CHART = {
  texts: 'text',
  marks: (forced: boolean) => `${forced ? '.grid, ' : ''}.series polyline, .series .marker, .leader`,
};
