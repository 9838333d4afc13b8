import { camposCambiados } from "@/features/auditoria/cambios";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import type { Rol } from "@/generated/prisma/enums";
import { formatearFechaHora } from "@/lib/fechas";
import type { HistorialUsuario as Historial } from "../queries";

const VERBO: Record<string, string> = {
  CREAR: "creó la cuenta",
  EDITAR: "editó la cuenta",
  ACTIVAR: "activó la cuenta",
  DESACTIVAR: "desactivó la cuenta",
  RESTABLECER_CLAVE: "restableció la contraseña (temporal)",
  CAMBIAR_CLAVE: "cambió su contraseña",
  IMPORTAR: "actualizó la cuenta por importación",
};

const ETIQUETA: Record<string, string> = {
  email: "Correo",
  nombre: "Nombre",
  rol: "Rol",
  centroId: "Centro",
  activo: "Activa",
  debeCambiarClave: "Debe cambiar la contraseña",
};

function mostrar(campo: string, valor: unknown, centros: Record<string, string>): string {
  if (valor === undefined || valor === null || valor === "") return "vacío";
  if (campo === "rol" && typeof valor === "string") return NOMBRE_ROL[valor as Rol] ?? valor;
  if (campo === "centroId") return centros[String(valor)] ?? `centro ${String(valor)}`;
  if (typeof valor === "boolean") return valor ? "Sí" : "No";
  return String(valor);
}

function verbo(accion: string, antes: unknown): string {
  if (accion === "IMPORTAR" && antes === null) return "creó la cuenta por importación";
  return VERBO[accion] ?? accion;
}

/** Who changed what in this account, newest first; password events say only that it changed. */
export function HistorialUsuario({ historial }: { historial: Historial }) {
  if (historial.eventos.length === 0) {
    return <p className="text-sm text-slate-600">Aún no hay movimientos registrados.</p>;
  }
  return (
    <ol className="space-y-3">
      {historial.eventos.map((e) => {
        const esAlta = e.antes === null;
        const cambios = esAlta || e.accion.endsWith("CLAVE") ? [] : camposCambiados(e.antes, e.despues);
        return (
          <li key={e.id} className="border-l-2 border-slate-300 pl-3 text-sm">
            <p>
              <span className="font-semibold">{e.actor?.nombre ?? "Sistema"}</span> {verbo(e.accion, e.antes)}
              <span className="text-slate-600"> · {formatearFechaHora(e.createdAt)}</span>
            </p>
            {cambios.length > 0 ? (
              <ul className="mt-1 text-slate-700">
                {cambios.map((c) => (
                  <li key={c.campo}>
                    {ETIQUETA[c.campo] ?? c.campo}: {mostrar(c.campo, c.antes, historial.centros)} →{" "}
                    {mostrar(c.campo, c.despues, historial.centros)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
