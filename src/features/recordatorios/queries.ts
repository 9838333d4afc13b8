import "server-only";
import { autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { leerConfiguracion } from "./configuracion";

/** The settings and the latest passes, for the ADMIN page. */
export async function estadoDeRecordatorios(actor: Actor) {
  autorizar(actor, { accion: "administrar" });
  const [configuracion, pasadas] = await Promise.all([
    leerConfiguracion(db()),
    db().pasadaRecordatorios.findMany({ orderBy: { iniciadaEn: "desc" }, take: 10 }),
  ]);
  return {
    configuracion,
    pasadas: pasadas.map((p) => ({ ...p, conteos: p.conteos as Record<string, number> })),
  };
}
