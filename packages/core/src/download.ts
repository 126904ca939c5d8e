/** The longest file name `safeFileName` returns (before the extension). */
export const MAX_FILE_NAME = 80;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The one file-name rule: the parts joined with '-', keeping letters (any script, so "Bryn-ŵyn" stays), digits,
 * '-' and '_'; every other run of characters (spaces, dots, slashes, quotes, markup) becomes one '-'; no '-' or '_'
 * at either end; at most 80 characters; never empty ('download') and never a reserved device name.
 */
export function safeFileName(...parts: string[]): string {
  const joined = parts
    .map((p) =>
      String(p ?? '')
        .normalize('NFC')
        .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-_]+|[-_]+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  const cut = Array.from(joined)
    .slice(0, MAX_FILE_NAME)
    .join('')
    .replace(/[-_]+$/, '');
  if (!cut) return 'download';
  return RESERVED.test(cut) ? `${cut}-file` : cut;
}

/**
 * Saves data as a file, made in the browser (nothing is sent anywhere): a Blob, a hidden anchor with a safe name,
 * a click, and the object URL revoked a little later. `root` is where the anchor goes for the click (the host's
 * renderRoot keeps it inside the component; document.body by default).
 */
export function download(name: string, extension: string, data: BlobPart[] | Blob, type: string, root?: Node): void {
  const blob = data instanceof Blob ? data : new Blob(data, { type });
  const url = URL.createObjectURL(blob);
  const ext = extension
    .replace(/^\.+/, '')
    .replace(/[^a-z0-9]+/gi, '')
    .toLowerCase();
  const a = document.createElement('a');
  a.href = url;
  a.download = ext ? `${safeFileName(name)}.${ext}` : safeFileName(name);
  a.rel = 'noopener';
  a.hidden = true;
  (root ?? document.body).appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
