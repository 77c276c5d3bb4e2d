/** Offers a JSON document as a file download, entirely in the page (a blob URL, nothing sent). */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** File names carry the date and, when given, a client reference reduced to safe characters. */
export function caseFileName(date: string, reference = ''): string {
  const safe = reference
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return safe ? `hc-case-${safe}-${date}.json` : `hc-case-${date}.json`;
}
