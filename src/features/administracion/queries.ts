import "server-only";
import { autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { configuracionEntra } from "@/server/entra";
import { desdeColumnaDate, formatearFecha } from "@/lib/fechas";

/** The figures the administration home shows next to each section. */
export async function resumenAdministracion(actor: Actor) {
  autorizar(actor, { accion: "administrar" });
  const [
    usuarios,
    usuariosActivos,
    centros,
    centrosConAprovechamiento,
    regionales,
    vigencias,
    pasada,
    fallidos,
    vinculadas,
  ] = await Promise.all([
    db().user.count(),
    db().user.count({ where: { activo: true } }),
    db().centro.count({ where: { activo: true } }),
    db().centro.count({ where: { activo: true, generaAprovechamiento: true } }),
    db().regional.count(),
    db().vigencia.findMany({ orderBy: { anio: "desc" }, select: { anio: true } }),
    db().pasadaRecordatorios.findFirst({ orderBy: { iniciadaEn: "desc" }, select: { fecha: true } }),
    db().correo.count({ where: { estado: "FALLIDO" } }),
    db().identidadInstitucional.count(),
  ]);
  return {
    usuarios,
    usuariosActivos,
    centros,
    centrosConAprovechamiento,
    regionales,
    vigencias,
    recordatorios: pasada
      ? `Última pasada: ${formatearFecha(desdeColumnaDate(pasada.fecha))}`
      : "Aún no se ha ejecutado ninguna pasada",
    ingreso: configuracionEntra()
      ? `Cuenta institucional configurada · ${vinculadas === 1 ? "1 cuenta vinculada" : `${vinculadas} cuentas vinculadas`}`
      : "Solo con contraseña",
    correos:
      fallidos === 0
        ? "Ningún envío fallido"
        : fallidos === 1
          ? "1 envío fallido"
          : `${fallidos} envíos fallidos`,
  };
}
