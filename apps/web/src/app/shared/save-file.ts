/**
 * Hands text fetched with the app's credentials to the browser as a download: a link to a blob,
 * clicked once and let go. A plain link to the API would not carry the access token.
 */
export function saveFile(content: string | Blob, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download by now; the blob is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** The file name a `Content-Disposition: attachment; filename="…"` header gives, or null. */
export function attachmentFileName(disposition: string | null): string | null {
  return disposition ? (/filename="([^"]+)"/.exec(disposition)?.[1] ?? null) : null;
}
