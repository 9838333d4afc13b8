// Generador pseudoaleatorio determinista para los datos de demostración: la misma semilla produce
// siempre la misma secuencia, de modo que volver a sembrar genera exactamente los mismos datos.

/** Hash de 32 bits (FNV-1a) de un texto, para derivar semillas de claves legibles. */
function hash32(texto: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texto.length; i++) {
    h ^= texto.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: pequeño, rápido y suficiente para datos de ejemplo (no criptográfico). */
export class Aleatorio {
  private estado: number;

  constructor(semilla: string) {
    this.estado = hash32(semilla);
  }

  /** Número en [0, 1). */
  siguiente(): number {
    this.estado = (this.estado + 0x6d2b79f5) >>> 0;
    let t = this.estado;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Entero en [min, max], ambos incluidos. */
  entero(min: number, max: number): number {
    return min + Math.floor(this.siguiente() * (max - min + 1));
  }

  /** Real en [min, max). */
  real(min: number, max: number): number {
    return min + this.siguiente() * (max - min);
  }

  probabilidad(p: number): boolean {
    return this.siguiente() < p;
  }

  elegir<T>(opciones: readonly T[]): T {
    const opcion = opciones[Math.floor(this.siguiente() * opciones.length)];
    if (opcion === undefined) throw new Error("No hay opciones para elegir");
    return opcion;
  }

  /** Elige una clave con probabilidad proporcional a su peso. */
  ponderado<K extends string>(pesos: Readonly<Partial<Record<K, number>>>): K {
    const entradas = Object.entries(pesos) as [K, number][];
    const total = entradas.reduce((suma, [, peso]) => suma + peso, 0);
    let umbral = this.siguiente() * total;
    for (const [clave, peso] of entradas) {
      umbral -= peso;
      if (umbral < 0) return clave;
    }
    const ultima = entradas[entradas.length - 1];
    if (!ultima) throw new Error("No hay pesos");
    return ultima[0];
  }
}
