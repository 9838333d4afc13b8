import type { RegionalConCentros } from "../queries";

/** The centros of a <select>, grouped by regional; inactive ones say so. */
export function OpcionesDeCentro({ regionales }: { regionales: RegionalConCentros[] }) {
  return regionales
    .filter((r) => r.centros.length > 0)
    .map((r) => (
      <optgroup key={r.id} label={`Regional ${r.nombre}`}>
        {r.centros.map((c) => (
          <option key={c.id} value={c.id}>
            {c.codigo} · {c.nombre}
            {c.activo ? "" : " (inactivo)"}
          </option>
        ))}
      </optgroup>
    ));
}
