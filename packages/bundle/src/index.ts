// Every element, with core's API: one file, Lit, zod and idb inside.
import '@opencasework/core/define';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/safety-plan/define';
import '@opencasework/blockage-board/define';
import '@opencasework/family-network/define';
export * from '@opencasework/core';
export { CwChronology } from '@opencasework/chronology';
export { CwGenogram } from '@opencasework/genogram';
export { CwSafetyPlan } from '@opencasework/safety-plan';
export { CwBlockageBoard } from '@opencasework/blockage-board';
export { CwFamilyNetwork } from '@opencasework/family-network';
