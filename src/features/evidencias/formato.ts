const formatoNumero = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 1 });

/** "850 bytes", "12,5 KB", "3,2 MB" (binary units, as file managers show them). */
export function formatearTamano(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${formatoNumero.format(bytes / 1024)} KB`;
  return `${formatoNumero.format(bytes / (1024 * 1024))} MB`;
}

/** The first characters of a SHA-256, enough to compare two copies by eye. */
export function shaCorto(sha256: string): string {
  return sha256.slice(0, 12);
}
