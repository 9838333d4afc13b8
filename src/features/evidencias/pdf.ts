const CABECERA = /^%PDF-\d\.\d/;
const FIN = "%%EOF";
/** Readers look for the end-of-file marker within the last 1024 bytes (ISO 32000-1, 7.5.5). */
const COLA = 1024;

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/**
 * Whether the bytes are a PDF, judged by content, never by the name or the type the browser claims:
 * the header "%PDF-x.y" at the very start and the "%%EOF" marker near the end. A renamed executable
 * or text file fails the first check; a truncated upload fails the second.
 */
export function esPdf(bytes: Uint8Array): boolean {
  const inicio = ascii(bytes.subarray(0, 8));
  const final = ascii(bytes.subarray(Math.max(0, bytes.length - COLA)));
  return CABECERA.test(inicio) && final.includes(FIN);
}
