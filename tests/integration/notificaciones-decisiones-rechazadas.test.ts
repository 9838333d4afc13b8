import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { MENSAJE_NO_EXISTE, MENSAJE_VERSION_VIEJA } from "@/features/reportes/bloqueo";
import { aprobar, devolver } from "@/features/revision/operaciones";
import {
  avisos,
  cerrarNotificaciones,
  COMENTARIO,
  coordinador2,
  destinatarios,
  devolverComo,
  e,
  enviadoDelCentro,
  ordenados,
  plazos,
  prepararNotificaciones,
  prisma,
  SIN_PERMISO,
  sinPreferencias,
  subdirectorA2,
  trabajosEnCola,
} from "../helpers/notificaciones";

beforeAll(prepararNotificaciones);
afterAll(cerrarNotificaciones);
beforeEach(sinPreferencias);

describe("una decisión rechazada no avisa a nadie", () => {
  async function estadoCompleto(reporteId: number) {
    const filas = await avisos(reporteId);
    return {
      reporte: await prisma.reporte.findUniqueOrThrow({ where: { id: reporteId } }),
      avisos: filas,
      correos: await prisma.correo.count({ where: { notificacionId: { in: filas.map((f) => f.id) } } }),
      trabajos: await trabajosEnCola(),
      plazos: await plazos(reporteId),
      auditoria: await prisma.auditLog.count({ where: { reporteId } }),
    };
  }

  it.each([
    [
      "el subdirector intenta aprobar su propio reporte",
      () => e.actores.subdirectorA,
      "aprobar",
      2,
      SIN_PERMISO,
    ],
    [
      "el subdirector de otro centro intenta devolverlo",
      () => e.actores.subdirectorB,
      "devolver",
      2,
      MENSAJE_NO_EXISTE,
    ],
    [
      "el administrador intenta devolver un reporte de centro",
      () => e.actores.admin,
      "devolver",
      2,
      SIN_PERMISO,
    ],
    [
      "el coordinador aprueba una versión vieja",
      () => e.actores.coordinador,
      "aprobar",
      1,
      MENSAJE_VERSION_VIEJA,
    ],
    ["el coordinador devuelve una versión vieja", () => coordinador2, "devolver", 1, MENSAJE_VERSION_VIEJA],
  ] as const)(
    "%s: ni avisos, ni correos, ni trabajos, ni cambios de plazo",
    async (_caso, quien, decision, version, mensaje) => {
      const reporte = await enviadoDelCentro();
      const antes = await estadoCompleto(reporte.id);

      const resultado =
        decision === "aprobar"
          ? await aprobar(quien(), { reporteId: reporte.id, version })
          : await devolver(quien(), { reporteId: reporte.id, version, comentario: COMENTARIO });

      expect(resultado).toEqual({ ok: false, message: mensaje });
      expect(await estadoCompleto(reporte.id)).toEqual(antes);
    },
  );

  it("si el correo no puede guardarse, la devolución entera se deshace: estado, plazos, avisos y auditoría", async () => {
    const reporte = await enviadoDelCentro();
    const antes = await estadoCompleto(reporte.id);
    // subA's notice and e-mail are written first; subA2's e-mail then fails, inside the same
    // transaction. The failing trigger is put in by the owner: the application cannot create one.
    const propietario = crearClientePrisma(process.env.DATABASE_URL_PROPIETARIO!);
    await propietario.$executeRawUnsafe(`
      CREATE FUNCTION notif_prueba_correo_falla() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'fallo simulado al guardar el correo'; END $$`);
    await propietario.$executeRawUnsafe(`
      CREATE TRIGGER notif_prueba_correo_falla BEFORE INSERT ON "Correo" FOR EACH ROW
      WHEN (NEW."usuarioId" = ${subdirectorA2.id}) EXECUTE FUNCTION notif_prueba_correo_falla()`);
    try {
      const resultado = await devolver(e.actores.coordinador, {
        reporteId: reporte.id,
        version: 2,
        comentario: COMENTARIO,
      });
      expect(resultado.ok).toBe(false);
      expect(!resultado.ok && resultado.message).toContain(
        "Ocurrió un error inesperado y no se guardó ningún cambio",
      );
    } finally {
      await propietario.$executeRawUnsafe(`DROP TRIGGER IF EXISTS notif_prueba_correo_falla ON "Correo"`);
      await propietario.$executeRawUnsafe(`DROP FUNCTION IF EXISTS notif_prueba_correo_falla()`);
      await propietario.$disconnect();
    }
    expect(await estadoCompleto(reporte.id)).toEqual(antes);
    expect(await avisos(reporte.id, "REPORTE_DEVUELTO")).toEqual([]);

    // Once the e-mail can be stored again, the very same return goes through.
    await devolverComo(e.actores.coordinador, reporte, 2);
    expect(destinatarios(await avisos(reporte.id, "REPORTE_DEVUELTO"))).toEqual(
      ordenados([e.actores.subdirectorA.id, subdirectorA2.id]),
    );
  });
});
