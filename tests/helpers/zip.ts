import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";

/**
 * A zip archive written by hand, so that a test can build what no honest tool writes: entries
 * that declare other sizes than their real ones, or that inflate a thousand times their size.
 */
export interface EntradaDePrueba {
  nombre: string;
  /** Deflated bytes, and the CRC and size of what they inflate to. */
  comprimidos: Uint8Array;
  crc: number;
  descomprimido: number;
  /** The uncompressed size written in the headers, when it must lie. */
  declarado?: number;
}

export function entrada(nombre: string, contenido: string | Uint8Array): EntradaDePrueba {
  const bytes = typeof contenido === "string" ? new TextEncoder().encode(contenido) : contenido;
  return { nombre, comprimidos: deflateRawSync(bytes), crc: crc32(bytes), descomprimido: bytes.byteLength };
}

/** An entry of `megas` MB of spaces, deflated as it goes: it is never whole in memory. */
export async function entradaInmensa(nombre: string, megas: number): Promise<EntradaDePrueba> {
  const bloque = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const partes: Buffer[] = [];
  deflate.on("data", (parte: Buffer) => partes.push(parte));
  const terminado = new Promise((resolver) => deflate.on("end", resolver));
  let crc = 0;
  for (let i = 0; i < megas; i += 1) {
    crc = crc32(bloque, crc);
    if (!deflate.write(bloque)) await new Promise((resolver) => deflate.once("drain", resolver));
  }
  deflate.end();
  await terminado;
  return { nombre, comprimidos: Buffer.concat(partes), crc, descomprimido: megas * bloque.byteLength };
}

function encabezado(campos: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(campos.reduce((n, [, largo]) => n + largo, 0));
  let p = 0;
  for (const [valor, largo] of campos) {
    if (largo === 2) buffer.writeUInt16LE(valor, p);
    else buffer.writeUInt32LE(valor >>> 0, p);
    p += largo;
  }
  return buffer;
}

export function crearZip(entradas: EntradaDePrueba[]): Uint8Array<ArrayBuffer> {
  const locales: Buffer[] = [];
  const centrales: Buffer[] = [];
  let desplazamiento = 0;
  for (const e of entradas) {
    const nombre = Buffer.from(e.nombre);
    const tamanos: [number, 2 | 4][] = [
      [e.crc, 4],
      [e.comprimidos.byteLength, 4],
      [e.declarado ?? e.descomprimido, 4],
      [nombre.byteLength, 2],
      [0, 2],
    ];
    const local = Buffer.concat([
      encabezado([[0x04034b50, 4], [20, 2], [0, 2], [8, 2], [0, 2], [0, 2], ...tamanos]),
      nombre,
      e.comprimidos,
    ]);
    centrales.push(
      Buffer.concat([
        encabezado([
          [0x02014b50, 4],
          [20, 2],
          [20, 2],
          [0, 2],
          [8, 2],
          [0, 2],
          [0, 2],
          ...tamanos,
          [0, 2],
          [0, 2],
          [0, 2],
          [0, 4],
          [desplazamiento, 4],
        ]),
        nombre,
      ]),
    );
    locales.push(local);
    desplazamiento += local.byteLength;
  }
  const directorio = Buffer.concat(centrales);
  const fin = encabezado([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entradas.length, 2],
    [entradas.length, 2],
    [directorio.byteLength, 4],
    [desplazamiento, 4],
    [0, 2],
  ]);
  return new Uint8Array(Buffer.concat([...locales, directorio, fin]));
}
