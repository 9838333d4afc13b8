const NOMBRE_POR_DEFECTO = "acta.pdf";
const LARGO_MAXIMO = 120;
/** Leading or trailing dots and spaces: hidden files on Unix, invalid names on Windows. */
const SOBRANTE = /^[\s.]+|[\s.]+$/g;

/**
 * The name the user gave the file, made safe to show and to offer back on download: no folders, no
 * control or invisible formatting characters (which could disguise the extension), none that
 * Windows forbids, bounded, and always ending in ".pdf". It is never used as a path: files are
 * stored under a generated name.
 */
export function nombreSeguro(original: string): string {
  const raiz = (original.split(/[/\\]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, "_")
    .replace(/\s+/g, " ")
    .replace(/\.pdf[\s.]*$/i, "");
  const caracteres = [...raiz.replace(SOBRANTE, "")].slice(0, LARGO_MAXIMO - ".pdf".length);
  const recortada = caracteres.join("").replace(SOBRANTE, "");
  return recortada ? `${recortada}.pdf` : NOMBRE_POR_DEFECTO;
}

/** ASCII fallback for old clients: accents removed, anything else outside printable ASCII replaced. */
function nombreAscii(nombre: string): string {
  return nombre
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
}

/** RFC 5987 value: UTF-8, percent-encoded, including the characters encodeURIComponent leaves. */
function codificarRfc5987(nombre: string): string {
  return encodeURIComponent(nombre).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `Content-Disposition` that downloads the file under its (safe) original name, accents included. */
export function contentDisposition(nombre: string): string {
  return `attachment; filename="${nombreAscii(nombre)}"; filename*=UTF-8''${codificarRfc5987(nombre)}`;
}
