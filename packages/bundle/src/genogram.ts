// <cw-genogram> (and <cw-case>, which it can sit in): one file, Lit, zod and idb inside.
import '@opencasework/genogram/define';
export { CwGenogram } from '@opencasework/genogram';
