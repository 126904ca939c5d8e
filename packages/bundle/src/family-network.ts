// <cw-family-network> (and <cw-case>, which it can sit in): one file, Lit, zod and idb inside.
import '@opencasework/family-network/define';
export { CwFamilyNetwork } from '@opencasework/family-network';
