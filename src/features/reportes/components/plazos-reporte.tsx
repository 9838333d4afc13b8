import { Insignia } from "@/components/ui/insignia";
import { formatearFecha, formatearFechaHora, type FechaCalendario } from "@/lib/fechas";
import { calcularOportunidad } from "@/lib/oportunidad";
import { describirPlazo } from "@/lib/etiquetas";
import type { PlazoVista } from "../plazos";

const QUE: Record<PlazoVista["tipo"], { abierto: string; nombre: string }> = {
  CORRECCION: { abierto: "Corrija y vuelva a enviar el reporte a más tardar el", nombre: "Corrección" },
  REVISION: { abierto: "Debe aprobarse o devolverse a más tardar el", nombre: "Revisión" },
};

function estadoDe(p: PlazoVista, hoy: FechaCalendario) {
  return describirPlazo(
    p.tipo,
    calcularOportunidad({ fechaLimite: p.venceEl, primerEnvioEn: p.cerradoEn, hoy }),
  );
}

/**
 * The deadline running now (to correct a returned report, or to review a submitted one), and the
 * ones before it, met on time or late. Nothing when the report never had one.
 */
export function PlazosReporte({ plazos, hoy }: { plazos: PlazoVista[]; hoy: FechaCalendario }) {
  if (plazos.length === 0) return null;
  const abierto = plazos.findLast((p) => p.cerradoEn === null);
  const anteriores = plazos.filter((p) => p !== abierto).reverse();
  return (
    <div className="mt-3 space-y-2 text-sm">
      {abierto ? (
        <p
          data-testid="plazo-abierto"
          className="flex flex-wrap items-center gap-2 font-medium text-slate-900"
        >
          <span>
            {QUE[abierto.tipo].abierto} {formatearFecha(abierto.venceEl)}.
          </span>
          <Insignia tono={estadoDe(abierto, hoy).tono}>{estadoDe(abierto, hoy).texto}</Insignia>
        </p>
      ) : null}
      {anteriores.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sena-700">
            Plazos anteriores de corrección y revisión
          </summary>
          <ul className="mt-2 space-y-1 text-slate-700">
            {anteriores.map((p) => (
              <li key={`${p.tipo}-${p.abiertoEn.toISOString()}`}>
                {QUE[p.tipo].nombre}: desde el {formatearFechaHora(p.abiertoEn)}, vencía el{" "}
                {formatearFecha(p.venceEl)} — {estadoDe(p, hoy).texto.toLowerCase()}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
