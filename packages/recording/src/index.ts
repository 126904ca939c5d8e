export * from './image.js';
export * from './jpeg-markers.js';
export * from './speech.js';
export * from './draft-store.js';
