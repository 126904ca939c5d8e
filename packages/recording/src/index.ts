export * from './image.js';
export * from './jpeg-markers.js';
