export { CwDocuments, type DocumentOpenDetail } from './documents.js';
export { documentsStyles } from './documents.styles.js';
export { documentsMessages, type DocumentsKey } from './messages/index.js';
export * from './shelf-model.js';
export { ContentController, TEXT_LIMIT, type PreviewState } from './content.js';
