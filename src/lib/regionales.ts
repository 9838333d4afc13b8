import { normalizarColumna } from "./csv";

/** A regional as files name it: by its code or by its name. */
export interface RegionalConocida {
  id: number;
  codigo: string;
  nombre: string;
}

/** Excel drops the leading zero of "05"; such a code still names the regional "05". */
function sinCerosALaIzquierda(codigo: string): string {
  return /^\d+$/.test(codigo) ? String(Number(codigo)) : codigo;
}

function claveDeNombre(nombre: string): string {
  return normalizarColumna(nombre).replace(/^regional_/, "");
}

export function mismoCodigoDeRegional(a: string, b: string): boolean {
  return sinCerosALaIzquierda(a.trim().toUpperCase()) === sinCerosALaIzquierda(b.trim().toUpperCase());
}

export function mismoNombreDeRegional(a: string, b: string): boolean {
  return claveDeNombre(a) === claveDeNombre(b);
}

/**
 * Finds a regional by its code ("05", or "5" as Excel leaves it) or by its name with or without
 * accents, capitals or the word "Regional" ("bogota" does not match "Distrito Capital": names are
 * compared whole).
 */
export function buscadorDeRegionales(regionales: readonly RegionalConocida[]) {
  const porCodigo = new Map<string, RegionalConocida>();
  const porNombre = new Map<string, RegionalConocida>();
  for (const r of regionales) porCodigo.set(r.codigo.toUpperCase(), r);
  for (const r of regionales) {
    const corto = sinCerosALaIzquierda(r.codigo.toUpperCase());
    if (!porCodigo.has(corto)) porCodigo.set(corto, r);
    porNombre.set(claveDeNombre(r.nombre), r);
  }
  return (valor: string): RegionalConocida | null => {
    const codigo = valor.trim().toUpperCase();
    return (
      porCodigo.get(codigo) ??
      porCodigo.get(sinCerosALaIzquierda(codigo)) ??
      porNombre.get(claveDeNombre(valor)) ??
      null
    );
  };
}
