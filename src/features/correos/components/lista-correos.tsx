import { Insignia } from "@/components/ui/insignia";
import { Dato } from "@/components/ui/lista-de-datos";
import { formatearFechaHora } from "@/lib/fechas";
import type { CorreoEnBandeja } from "../queries";
import { BotonReintentar } from "./boton-reintentar";
import { ESTADO_CORREO } from "./etiquetas";

/** Each message as a card: who, what, its state and tries, and its body in plain text and HTML. */
export function ListaCorreos({ filas }: { filas: CorreoEnBandeja[] }) {
  return (
    <ul className="space-y-3" aria-label="Correos">
      {filas.map((c) => {
        const estado = ESTADO_CORREO[c.estado];
        return (
          <li
            key={c.id}
            data-testid="correo"
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 className="min-w-0 font-semibold break-words text-slate-900">{c.asunto}</h2>
              <Insignia tono={estado.tono}>{estado.nombre}</Insignia>
            </div>
            <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
              <Dato termino="Para">{c.para}</Dato>
              <Dato termino="Creado">{formatearFechaHora(c.createdAt)}</Dato>
              <Dato termino="Intentos">{c.intentos}</Dato>
              <Dato termino={c.enviadoEn ? "Enviado" : "Próximo intento"}>
                {c.enviadoEn
                  ? formatearFechaHora(c.enviadoEn)
                  : c.proximoIntento
                    ? formatearFechaHora(c.proximoIntento)
                    : "—"}
              </Dato>
            </dl>
            <p className="mt-2 text-sm text-slate-600">{estado.ayuda}</p>
            {c.ultimoError ? (
              <p className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm break-words text-red-800">
                Último error: {c.ultimoError}
              </p>
            ) : null}
            {c.estado === "FALLIDO" ? (
              <div className="mt-3">
                <BotonReintentar correoId={c.id} para={c.para} />
              </div>
            ) : null}
            <details className="mt-3">
              <summary className="cursor-pointer font-medium text-sena-700">Ver el mensaje</summary>
              <pre className="mt-2 max-h-80 overflow-auto rounded-md bg-slate-50 p-3 text-sm break-words whitespace-pre-wrap text-slate-800">
                {c.texto}
              </pre>
              <iframe
                title={`Vista HTML del correo «${c.asunto}»`}
                sandbox=""
                srcDoc={c.html}
                className="mt-2 h-96 w-full rounded-md border border-slate-200 bg-white"
              />
            </details>
          </li>
        );
      })}
    </ul>
  );
}
