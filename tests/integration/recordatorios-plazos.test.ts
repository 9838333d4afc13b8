import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatearFecha } from "@/lib/fechas";
import {
  centros,
  cerrarRecordatorios,
  coordinador2,
  CORRECCION_VENCE,
  de,
  e,
  ordenados,
  pasada,
  prepararRecordatorios,
  recibidos,
  REGIONAL,
  reportes,
  RESUMENES,
  REVISION_T1_VENCE,
  REVISION_T2_VENCE,
  T1,
  T2,
} from "../helpers/recordatorios";

beforeAll(prepararRecordatorios);
afterAll(cerrarRecordatorios);

describe("plazos de corrección y de revisión", () => {
  it("el reporte devuelto recuerda su corrección siete días y un día antes de que venza, y avisa el día siguiente", async () => {
    const previo = await pasada("2061-04-30");
    expect(previo.recibido).toEqual(ordenados(["sub-devuelto CORRECCION_PROXIMA"], RESUMENES));
    expect(previo.unica(centros.devuelto.subdirector, "CORRECCION_PROXIMA")).toMatchObject({
      titulo: `Quedan 7 días para corregir: ${T1}`,
      mensaje:
        `«${T1}» de ${de("devuelto")} fue devuelto para corrección. Corríjalo y vuelva a ` +
        `enviarlo a más tardar el ${formatearFecha(CORRECCION_VENCE)}.`,
      enlace: `/reportes/${reportes.devueltoT1}`,
      reporteId: reportes.devueltoT1,
    });

    const vispera = await pasada("2061-05-06");
    expect(vispera.recibido).toEqual(ordenados(["sub-devuelto CORRECCION_PROXIMA"], RESUMENES));
    // Only the part after the verb: "Quedan 1 día" is a slip of the product's wording.
    const titulo = vispera.unica(centros.devuelto.subdirector, "CORRECCION_PROXIMA").titulo;
    expect(titulo.slice(titulo.indexOf(" 1 día"))).toBe(` 1 día para corregir: ${T1}`);

    // Sunday of the same ISO week: no second digest.
    const vencida = await pasada("2061-05-08");
    expect(vencida.recibido).toEqual(["sub-devuelto CORRECCION_VENCIDA"]);
    const aviso = vencida.unica(centros.devuelto.subdirector, "CORRECCION_VENCIDA");
    expect(aviso).toMatchObject({
      titulo: `Venció el plazo de corrección: ${T1}`,
      mensaje:
        `«${T1}» de ${de("devuelto")} debía corregirse y reenviarse a más tardar el ` +
        `${formatearFecha(CORRECCION_VENCE)}. Reenvíelo cuanto antes: la corrección quedará registrada como tardía.`,
      enlace: `/reportes/${reportes.devueltoT1}`,
      reporteId: reportes.devueltoT1,
    });
    expect(aviso.correos).toHaveLength(1);
  });

  it("una revisión vencida llega a cada coordinador con el enlace al reporte", async () => {
    const { recibido, unica } = await pasada("2061-05-31");
    expect(recibido).toEqual(
      ordenados(recibidos(["coordinador", "coordinador2"], "REVISION_VENCIDA"), RESUMENES),
    );
    for (const coordinador of [e.actores.coordinador, coordinador2]) {
      const aviso = unica(coordinador, "REVISION_VENCIDA");
      expect(aviso).toMatchObject({
        titulo: `Revisión vencida: ${T1}`,
        mensaje:
          "Venció el plazo para aprobar o devolver estos reportes enviados:\n\n" +
          `Regional ${REGIONAL}\n` +
          `- ${centros.enviado.nombre}: ${T1}, debía revisarse a más tardar el ${formatearFecha(REVISION_T1_VENCE)}`,
        enlace: `/reportes/${reportes.enviadoT1}`,
        reporteId: reportes.enviadoT1,
      });
      expect(aviso.correos).toHaveLength(1);
    }
  });

  it("varias revisiones vencidas el mismo día llegan en un solo aviso por coordinador, que lleva a la cola de revisión", async () => {
    const { recibido, unica } = await pasada("2061-07-16");
    expect(recibido).toEqual(
      ordenados(
        recibidos(["coordinador", "coordinador2"], "REVISION_VENCIDA"),
        recibidos(
          ["sub-aprobado", "sub-borrador", "sub-pendiente", "sub-silencio", "subA", "subB"],
          "PLAZO_VENCIDO",
        ),
        RESUMENES,
      ),
    );
    const limite = formatearFecha(REVISION_T2_VENCE);
    for (const coordinador of [e.actores.coordinador, coordinador2]) {
      expect(unica(coordinador, "REVISION_VENCIDA")).toMatchObject({
        titulo: "2 revisiones vencidas",
        mensaje:
          "Venció el plazo para aprobar o devolver estos reportes enviados:\n\n" +
          `Regional ${REGIONAL}\n` +
          `- ${centros.devuelto.nombre}: ${T2}, debía revisarse a más tardar el ${limite}\n` +
          `- ${centros.enviado.nombre}: ${T2}, debía revisarse a más tardar el ${limite}`,
        enlace: "/revision",
        reporteId: null,
      });
    }
  });
});
