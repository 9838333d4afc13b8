import "server-only";
import { inflateRawSync } from "node:zlib";

/**
 * What a zip archive declares about itself, read from its central directory without inflating
 * anything: the same records, found the same way, that the unzipper of `read-excel-file`
 * (fflate's `unzip`) follows, so what is checked here is what would be unzipped.
 */
export interface EntradaZip {
  nombre: string;
  /** 0 stored, 8 deflated. */
  metodo: number;
  comprimido: number;
  descomprimido: number;
  /** Where the entry's local header starts. */
  desplazamiento: number;
}

const FIRMA_FIN = 0x06054b50;
const LARGO_FIN = 22;
const COMENTARIO_MAXIMO = 0xffff;
/** A 32-bit field at its maximum means the real value is in a zip64 record. */
const ZIP64 = 0xffffffff;

function finDelDirectorio(datos: DataView): number | null {
  const limite = Math.max(0, datos.byteLength - LARGO_FIN - COMENTARIO_MAXIMO);
  for (let i = datos.byteLength - LARGO_FIN; i >= limite; i -= 1) {
    if (datos.getUint32(i, true) === FIRMA_FIN) return i;
  }
  return null;
}

/**
 * The entries of the archive's central directory; null when it is not a zip that can be read this
 * way (no end record, a directory outside the file, or zip64, which no workbook of an import needs).
 */
export function leerDirectorioCentral(bytes: Uint8Array): EntradaZip[] | null {
  const datos = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (datos.byteLength < LARGO_FIN) return null;
  const fin = finDelDirectorio(datos);
  if (fin === null) return null;
  const cantidad = datos.getUint16(fin + 8, true);
  const inicio = datos.getUint32(fin + 16, true);
  if (inicio === ZIP64 || cantidad !== datos.getUint16(fin + 10, true)) return null;
  const entradas: EntradaZip[] = [];
  let p = inicio;
  for (let i = 0; i < cantidad; i += 1) {
    if (p + 46 > fin) return null;
    const largoNombre = datos.getUint16(p + 28, true);
    const siguiente = p + 46 + largoNombre + datos.getUint16(p + 30, true) + datos.getUint16(p + 32, true);
    if (siguiente > fin) return null;
    entradas.push({
      nombre: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + largoNombre)),
      metodo: datos.getUint16(p + 10, true),
      comprimido: datos.getUint32(p + 20, true),
      descomprimido: datos.getUint32(p + 24, true),
      desplazamiento: datos.getUint32(p + 42, true),
    });
    p = siguiente;
  }
  return entradas;
}

/**
 * The bytes of one entry, never more than it declares: an entry that inflates beyond its declared
 * size (a lie meant to get past the checks) throws, as does one that is not stored or deflated.
 */
export function extraerEntrada(bytes: Uint8Array, entrada: EntradaZip): Uint8Array {
  const datos = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entrada.desplazamiento;
  if (local + 30 > bytes.byteLength) throw new Error(`Entrada fuera del archivo: ${entrada.nombre}`);
  const inicio = local + 30 + datos.getUint16(local + 26, true) + datos.getUint16(local + 28, true);
  const comprimida = bytes.subarray(inicio, inicio + entrada.comprimido);
  if (entrada.metodo === 0) return comprimida.subarray(0, entrada.descomprimido);
  if (entrada.metodo !== 8) throw new Error(`Método de compresión desconocido: ${entrada.metodo}`);
  if (entrada.descomprimido === 0) return new Uint8Array(0);
  return inflateRawSync(comprimida, { maxOutputLength: entrada.descomprimido });
}
