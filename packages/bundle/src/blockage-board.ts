// <cw-blockage-board> (and <cw-case>, which it can sit in): one file, Lit, zod and idb inside.
import '@opencasework/blockage-board/define';
export { CwBlockageBoard } from '@opencasework/blockage-board';
