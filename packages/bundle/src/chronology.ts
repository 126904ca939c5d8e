// <cw-chronology> (and <cw-case>, which it can sit in): one file, Lit, zod and idb inside.
import '@opencasework/chronology/define';
export { CwChronology } from '@opencasework/chronology';
