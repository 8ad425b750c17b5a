/** Saves text as a file through the browser's download, without any permission. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file as text, refusing files larger than maxBytes. */
export async function readTextFile(file: File, maxBytes: number): Promise<string | 'too-big'> {
  if (file.size > maxBytes) return 'too-big';
  return file.text();
}
