import "server-only";
import { autorizar, type Actor } from "@/server/authz";
import { db } from "@/server/db";

/** The figures the administration home shows next to each section. */
export async function resumenAdministracion(actor: Actor) {
  autorizar(actor, { accion: "administrar" });
  const [usuarios, usuariosActivos, centros, centrosConAprovechamiento, regionales, vigencias] =
    await Promise.all([
      db().user.count(),
      db().user.count({ where: { activo: true } }),
      db().centro.count({ where: { activo: true } }),
      db().centro.count({ where: { activo: true, generaAprovechamiento: true } }),
      db().regional.count(),
      db().vigencia.findMany({ orderBy: { anio: "desc" }, select: { anio: true } }),
    ]);
  return { usuarios, usuariosActivos, centros, centrosConAprovechamiento, regionales, vigencias };
}
