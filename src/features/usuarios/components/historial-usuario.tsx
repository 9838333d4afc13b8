import { camposCambiados } from "@/features/auditoria/cambios";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import type { Rol } from "@/generated/prisma/enums";
import { LineaDeTiempo } from "@/components/ui/linea-de-tiempo";
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
  const entradas = historial.eventos.map((e) => {
    const esAlta = e.antes === null;
    const cambios = esAlta || e.accion.endsWith("CLAVE") ? [] : camposCambiados(e.antes, e.despues);
    return {
      id: e.id,
      quien: e.actor?.nombre ?? "Sistema",
      que: verbo(e.accion, e.antes),
      cuando: e.createdAt,
      cambios: cambios.map(
        (c) =>
          `${ETIQUETA[c.campo] ?? c.campo}: ${mostrar(c.campo, c.antes, historial.centros)} → ${mostrar(c.campo, c.despues, historial.centros)}`,
      ),
    };
  });
  return <LineaDeTiempo entradas={entradas} vacia="Aún no hay movimientos registrados." />;
}
