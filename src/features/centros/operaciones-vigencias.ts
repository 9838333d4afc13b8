import "server-only";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { autorizar } from "@/server/autorizacion";
import { conVersion, MENSAJE_CONFLICTO } from "@/server/bloqueo";
import { editarCentroEnVigenciaSchema } from "./schemas";
import { MARCAS_DE_VIGENCIA } from "./vigencias";

/**
 * Sets a centro's marks in one vigencia (decisión 0020): what its obligations and that vigencia's
 * dashboards count, without touching other vigencias or today's marks of the centro. A vigencia in
 * which the centro had no row gets one (version 0 in the form). Audited on the centro, with the
 * vigencia's year.
 */
export const editarCentroEnVigencia = definirOperacion(
  "editarCentroEnVigencia",
  editarCentroEnVigenciaSchema,
  async ({ centroId, vigenciaId, version, ...marcas }, ctx) => {
    autorizar(ctx.actor, { accion: "administrar" });
    const { tx } = ctx;
    const [centro, vigencia] = await Promise.all([
      tx.centro.findUnique({ where: { id: centroId }, select: { id: true } }),
      tx.vigencia.findUnique({ where: { id: vigenciaId }, select: { anio: true } }),
    ]);
    if (!centro) throw new ErrorDeNegocio("El centro no existe. Vuelva a la lista de centros.");
    if (!vigencia) throw new ErrorDeNegocio("La vigencia ya no existe. Recargue la página.");
    const clave = { centroId, vigenciaId };
    const actual = await tx.centroVigencia.findUnique({
      where: { centroId_vigenciaId: clave },
      select: { ...MARCAS_DE_VIGENCIA, version: true },
    });
    let nueva: number;
    if (version === 0) {
      const { count } = await tx.centroVigencia.createMany({
        data: [{ ...clave, ...marcas }],
        skipDuplicates: true,
      });
      if (count === 0) throw new ErrorDeNegocio(MENSAJE_CONFLICTO);
      nueva = 1;
    } else {
      const igual =
        actual?.version === version &&
        (Object.keys(marcas) as (keyof typeof marcas)[]).every((m) => actual[m] === marcas[m]);
      if (igual) return { version, cambio: false };
      nueva = await conVersion(
        (condicion) =>
          tx.centroVigencia.updateMany({
            where: { ...clave, ...condicion },
            data: { ...marcas, version: { increment: 1 } },
          }),
        version,
      );
    }
    const antes = actual
      ? {
          vigencia: vigencia.anio,
          activo: actual.activo,
          generaAprovechamiento: actual.generaAprovechamiento,
          requiereRecursos: actual.requiereRecursos,
        }
      : null;
    await ctx.auditar({
      accion: "EDITAR_VIGENCIA",
      entidad: "Centro",
      entidadId: centroId,
      antes,
      despues: { vigencia: vigencia.anio, ...marcas },
    });
    return { version: nueva, cambio: true };
  },
);
