export * from './image.js';
export * from './jpeg-markers.js';
export * from './speech.js';
