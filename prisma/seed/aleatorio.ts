// Deterministic pseudo-random generator for the demo data: the same seed always produces the same
// sequence, so seeding again generates exactly the same data.

/** 32-bit hash (FNV-1a) of a string, to derive seeds from readable keys. */
function hash32(texto: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texto.length; i++) {
    h ^= texto.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for sample data (not cryptographic). */
export class Aleatorio {
  private estado: number;

  constructor(semilla: string) {
    this.estado = hash32(semilla);
  }

  /** Number in [0, 1). */
  siguiente(): number {
    this.estado = (this.estado + 0x6d2b79f5) >>> 0;
    let t = this.estado;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Integer in [min, max], both inclusive. */
  entero(min: number, max: number): number {
    return min + Math.floor(this.siguiente() * (max - min + 1));
  }

  /** Real number in [min, max). */
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

  /** Picks a key with probability proportional to its weight. */
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
