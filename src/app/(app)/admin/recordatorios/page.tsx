import type { Metadata } from "next";
import { Encabezado } from "@/components/ui/encabezado";
import { Seccion } from "@/components/ui/seccion";
import { BotonEjecutar } from "@/features/recordatorios/components/boton-ejecutar";
import { describirConteos } from "@/features/recordatorios/components/conteos";
import { FormularioConfiguracion } from "@/features/recordatorios/components/formulario-configuracion";
import { estadoDeRecordatorios } from "@/features/recordatorios/queries";
import { desdeColumnaDate, formatearFecha, formatearFechaHora } from "@/lib/fechas";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Recordatorios" };

const ORIGEN: Record<string, string> = { PROGRAMADA: "Programada", MANUAL: "Manual", CONSOLA: "Consola" };

export default async function RecordatoriosPage() {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const { configuracion: c, pasadas } = await estadoDeRecordatorios(usuario);
  return (
    <>
      <Encabezado
        titulo="Recordatorios y plazos"
        descripcion="Cada mañana a las 7:00 (hora de Bogotá) se recuerda a quien no ha enviado, se avisa de lo vencido y se informa a la coordinación de los atrasos. Nadie que ya envió recibe recordatorios."
      />
      <Seccion id="titulo-configuracion" titulo="Días de los recordatorios y plazos">
        <FormularioConfiguracion
          inicial={{
            version: c.version,
            diasAntes: c.diasAntes.join(", "),
            diasEscalamiento: c.diasEscalamiento,
            diasCorreccion: c.diasCorreccion,
            diasRevision: c.diasRevision,
            diaResumenSemanal: c.diaResumenSemanal,
          }}
        />
      </Seccion>
      <Seccion id="titulo-pasadas" titulo="Últimas pasadas">
        <div className="mb-4">
          <BotonEjecutar />
        </div>
        {pasadas.length === 0 ? (
          <p className="text-slate-700">Aún no se ha ejecutado ninguna pasada.</p>
        ) : (
          <ul className="divide-y divide-slate-200" aria-label="Pasadas de recordatorios">
            {pasadas.map((p) => (
              <li key={p.id} className="py-2 text-sm">
                <p className="font-medium text-slate-900">
                  {formatearFecha(desdeColumnaDate(p.fecha))} · {ORIGEN[p.origen] ?? p.origen} ·{" "}
                  {formatearFechaHora(p.iniciadaEn)}
                </p>
                <p className="text-slate-700">
                  {describirConteos(
                    Object.fromEntries(
                      Object.entries(p.conteos).filter(([k]) => k !== "notificaciones" && k !== "correos"),
                    ),
                  )}
                  {` · ${p.conteos.notificaciones ?? 0} notificaciones, ${p.conteos.correos ?? 0} correos`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Seccion>
    </>
  );
}
