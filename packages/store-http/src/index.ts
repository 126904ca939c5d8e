export { HttpCaseStore, type HttpCaseStoreOptions } from './http-store.js';
export { remoteChangeMessage, STORE_MESSAGES } from './messages.js';
export type { OutboxItem, OutboxConflict, CachedDoc } from './outbox.js';
export { readEventStream, type SseEvent } from './sse.js';
