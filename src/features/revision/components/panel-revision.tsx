"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { devolverReporte, reabrirReporte } from "../actions";
import { comentarioSchema, motivoSchema } from "../schemas";
import { Aviso } from "@/components/ui/aviso";
import { BotonAprobar } from "./boton-aprobar";
import { DecisionConTexto } from "./decision-con-texto";

const BOTON_SECUNDARIO =
  "rounded-md border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60";

function Bloque(props: { titulo: string; children: ReactNode }) {
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0">
      <h3 className="font-semibold text-slate-900">{props.titulo}</h3>
      {props.children}
    </div>
  );
}

/**
 * What a reviewer decides on the report page: approve (after confirming) or return it with a
 * comment; an admin may reopen an approved one. After a decision the page reloads its data.
 */
export function PanelRevision(props: {
  reporteId: number;
  version: number;
  puedeRevisar: boolean;
  puedeReabrir: boolean;
}) {
  const router = useRouter();
  const [exito, setExito] = useState<string | null>(null);
  if (!props.puedeRevisar && !props.puedeReabrir && !exito) return null;
  const referencia = { reporteId: props.reporteId, version: props.version };
  const terminar = (mensaje: string) => () => {
    setExito(mensaje);
    router.refresh();
  };

  return (
    <section
      aria-labelledby="titulo-revision"
      className="mb-6 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="titulo-revision" className="text-lg font-semibold text-slate-900">
        Revisión
      </h2>
      {exito ? <Aviso tipo="exito">{exito}</Aviso> : null}
      {props.puedeRevisar ? (
        <>
          <Bloque titulo="Aprobar">
            <BotonAprobar {...referencia} alTerminar={terminar("Reporte aprobado. Quedó en solo lectura.")} />
          </Bloque>
          <Bloque titulo="Devolver al responsable">
            <DecisionConTexto
              id="comentario-revision"
              campo="comentario"
              etiqueta="Comentario para el responsable"
              schema={comentarioSchema}
              textoBoton="Devolver reporte"
              claseBoton={BOTON_SECUNDARIO}
              enviar={(comentario) => devolverReporte({ ...referencia, comentario })}
              alTerminar={terminar("Reporte devuelto. Su responsable verá el comentario al abrirlo.")}
            />
          </Bloque>
        </>
      ) : null}
      {props.puedeReabrir ? (
        <Bloque titulo="Reabrir el reporte aprobado">
          <p className="text-sm text-slate-700">
            El reporte vuelve a su responsable como devuelto, con el motivo como comentario.
          </p>
          <DecisionConTexto
            id="motivo-reapertura"
            campo="motivo"
            etiqueta="Motivo de la reapertura"
            schema={motivoSchema}
            textoBoton="Reabrir reporte"
            claseBoton={BOTON_SECUNDARIO}
            enviar={(motivo) => reabrirReporte({ ...referencia, motivo })}
            alTerminar={terminar("Reporte reabierto. Volvió a su responsable como devuelto.")}
          />
        </Bloque>
      ) : null}
    </section>
  );
}
