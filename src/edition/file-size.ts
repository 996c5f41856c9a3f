/** The size of a download as the link announces it: « 0,2 » (Mo, millions of bytes), one decimal, never « 0 ». */
export function megabytes(bytes: number): string {
  const tenths = Math.max(1, Math.round(bytes / 100_000));
  return (tenths / 10).toLocaleString('fr-CA', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
