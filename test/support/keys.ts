import { sendKeys } from '@web/test-runner-commands';

/**
 * Types text into the focused control, in chunks: WebKit's WebDriver drops spaces and a key that repeats the one
 * before it within one typed string ("ss", "  "), and Firefox's driver has no key named "Space".
 */
export async function typeText(text: string): Promise<void> {
  const chunks: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (ch === ' ') {
      if (cur) chunks.push(cur);
      chunks.push(' ');
      cur = '';
      continue;
    }
    if (cur.endsWith(ch)) {
      chunks.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) chunks.push(cur);
  for (const c of chunks) await sendKeys(c === ' ' ? { press: ' ' } : { type: c });
}
