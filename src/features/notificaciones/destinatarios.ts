import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Alcance, Rol } from "@/generated/prisma/enums";
import { puede, rolQueReporta, rolQueRevisa } from "@/server/autorizacion";

type Lector = Pick<Prisma.TransactionClient, "user">;

async function activos(tx: Lector, where: Prisma.UserWhereInput): Promise<number[]> {
  const usuarios = await tx.user.findMany({ where: { ...where, activo: true }, select: { id: true } });
  return usuarios.map((u) => u.id);
}

/** Who files the report of a unit: the centro's subdirectors, or the coordination for the nation. */
export function quienesReportan(tx: Lector, unidad: { alcance: Alcance; centroId: number | null }) {
  return activos(tx, {
    rol: rolQueReporta(unidad.alcance),
    ...(unidad.alcance === "POR_CENTRO" ? { centroId: unidad.centroId ?? -1 } : {}),
  });
}

/** Who reviews the submitted reports of a scope (docs/decisions/0006). */
export function quienesRevisan(tx: Lector, alcance: Alcance) {
  return activos(tx, { rol: rolQueRevisa(alcance) });
}

/** Who runs the application: the audit log's alarms go to them. */
export async function quienesAdministran(tx: Lector): Promise<number[]> {
  const usuarios = await tx.user.findMany({
    where: { activo: true },
    select: { id: true, rol: true, centroId: true },
  });
  return usuarios.filter((u) => puede(u, { accion: "administrar" })).map((u) => u.id);
}

export interface UsuarioActivo {
  id: number;
  rol: Rol;
  centroId: number | null;
}

/** `quienesReportan` over users already loaded, for a pass over every unit at once. */
export function reportanDe(
  usuarios: readonly UsuarioActivo[],
  unidad: { alcance: Alcance; centroId: number | null },
) {
  const rol = rolQueReporta(unidad.alcance);
  return usuarios
    .filter((u) => u.rol === rol && (unidad.alcance === "NACIONAL" || u.centroId === unidad.centroId))
    .map((u) => u.id);
}

/** `quienesRevisan` over users already loaded. */
export function revisanDe(usuarios: readonly UsuarioActivo[], alcance: Alcance) {
  const rol = rolQueRevisa(alcance);
  return usuarios.filter((u) => u.rol === rol).map((u) => u.id);
}
