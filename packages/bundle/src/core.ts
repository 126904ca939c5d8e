// <cw-case> and <cw-error-summary>, with core's API (parseCaseBundle, the stores, events).
import '@opencasework/core/define';
export * from '@opencasework/core';
