// <cw-safety-plan> (and <cw-case>, which it can sit in): one file, Lit, zod and idb inside.
import '@opencasework/safety-plan/define';
export { CwSafetyPlan } from '@opencasework/safety-plan';
