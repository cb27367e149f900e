/** Save a Blob or text as a file through a temporary <a download> and an object URL. */

/** Characters not allowed in file names on Windows/macOS/Linux, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** A file name safe on every desktop system; keeps Chinese and other letters. */
export function safeFileName(name: string, fallback = 'export'): string {
  const cleaned = name.replace(UNSAFE, '-').replace(/\s+/g, ' ').replace(/^[\s.-]+|[\s.]+$/g, '').slice(0, 120);
  return cleaned || fallback;
}

/**
 * Start a download. The object URL is revoked a moment later, not at once: some browsers
 * read the Blob only after the click has returned.
 */
export function downloadBlob(blob: Blob, fileName: string, revokeAfterMs = 1000): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
  }
}

export function downloadText(text: string, fileName: string, type = 'text/plain;charset=utf-8'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
