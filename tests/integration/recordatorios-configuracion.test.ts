import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardarConfiguracion } from "@/features/recordatorios/operaciones";
import { diaIsoDeLaSemana } from "@/lib/fechas";
import { MENSAJE_CONFLICTO } from "@/server/bloqueo";
import {
  centros,
  cerrarRecordatorios,
  conAtraso,
  e,
  grupo,
  LIMITE_T3,
  ordenados,
  pasada,
  prepararRecordatorios,
  prisma,
  recibidos,
  REGIONAL,
  restablecerConfiguracion,
  RESUMENES,
  SIN_PERMISO,
  SUBDIRECTORES_CON_APROVECHAMIENTO,
  T3,
} from "../helpers/recordatorios";

beforeAll(prepararRecordatorios);
afterAll(cerrarRecordatorios);

const DATOS_INVALIDOS = "Revise los campos marcados: hay datos que no son válidos.";

describe("configuración de los recordatorios", () => {
  const NUEVA = {
    diasAntes: "5, 2",
    diasEscalamiento: 3,
    diasCorreccion: 4,
    diasRevision: 6,
    diaResumenSemanal: 3,
  };

  const fila = () => prisma.configuracionSeguimiento.findUniqueOrThrow({ where: { id: 1 } });

  afterAll(restablecerConfiguracion);

  it.each(["coordinador", "subdirectorA", "consulta"] as const)(
    "el rol de %s no puede cambiarla y nada cambia",
    async (quien) => {
      const antes = await fila();
      const resultado = await guardarConfiguracion(e.actores[quien], { version: antes.version, ...NUEVA });
      expect(resultado).toEqual({ ok: false, message: SIN_PERMISO });
      expect(await fila()).toEqual(antes);
    },
  );

  const MENSAJE_DIAS_ANTES =
    "Escriba hasta cinco números enteros de días entre 0 y 90, separados por comas (por ejemplo 7, 1); " +
    "0 es el mismo día del vencimiento.";
  const MENSAJE_ESCALAMIENTO =
    "Escriba un número entero de días entre 2 y 90: el día siguiente al vencimiento ya se envía el aviso de vencido.";
  const MENSAJE_DIAS = "Escriba un número entero de días entre 1 y 90.";

  it.each([
    ["días antes negativos", { diasAntes: "-1" }, { diasAntes: [MENSAJE_DIAS_ANTES] }],
    ["días antes que no son números", { diasAntes: "siete, uno" }, { diasAntes: [MENSAJE_DIAS_ANTES] }],
    ["un escalamiento negativo", { diasEscalamiento: -3 }, { diasEscalamiento: [MENSAJE_ESCALAMIENTO] }],
    ["un escalamiento de un día", { diasEscalamiento: 1 }, { diasEscalamiento: [MENSAJE_ESCALAMIENTO] }],
    ["días de corrección en letras", { diasCorreccion: "diez" }, { diasCorreccion: [MENSAJE_DIAS] }],
    ["días de revisión en cero", { diasRevision: 0 }, { diasRevision: [MENSAJE_DIAS] }],
    [
      "un día de la semana que no existe",
      { diaResumenSemanal: 8 },
      { diaResumenSemanal: ["Elija el día de la semana del resumen."] },
    ],
  ])("rechaza %s sin tocar la configuración", async (_caso, cambio, fieldErrors) => {
    const antes = await fila();
    const resultado = await guardarConfiguracion(e.actores.admin, {
      version: antes.version,
      ...NUEVA,
      ...cambio,
    });
    expect(resultado).toEqual({ ok: false, message: DATOS_INVALIDOS, fieldErrors });
    expect(await fila()).toEqual(antes);
  });

  it("el administrador la guarda y queda auditada con lo de antes y lo de después", async () => {
    const antes = await fila();
    const resultado = await guardarConfiguracion(e.actores.admin, { version: antes.version, ...NUEVA });
    expect(resultado).toEqual({ ok: true, data: { version: antes.version + 1 } });
    expect(await fila()).toMatchObject({
      diasAntes: [5, 2],
      diasEscalamiento: 3,
      diasCorreccion: 4,
      diasRevision: 6,
      diaResumenSemanal: 3,
      version: antes.version + 1,
    });
    const auditoria = await prisma.auditLog.findFirstOrThrow({
      where: { entidad: "ConfiguracionSeguimiento", actorId: e.actores.admin.id },
      orderBy: { id: "desc" },
    });
    expect(auditoria).toMatchObject({
      accion: "EDITAR",
      entidadId: "1",
      antes: {
        diasAntes: [7, 1],
        diasEscalamiento: 7,
        diasCorreccion: 10,
        diasRevision: 10,
        diaResumenSemanal: 1,
      },
      despues: {
        diasAntes: [5, 2],
        diasEscalamiento: 3,
        diasCorreccion: 4,
        diasRevision: 6,
        diaResumenSemanal: 3,
      },
    });
  });

  it("rechaza guardar sobre una versión que otra persona ya cambió", async () => {
    const antes = await fila();
    const resultado = await guardarConfiguracion(e.actores.admin, {
      version: antes.version - 1,
      ...NUEVA,
      diasAntes: "10",
    });
    expect(resultado).toEqual({ ok: false, message: MENSAJE_CONFLICTO });
    expect(await fila()).toEqual(antes);
  });

  it("la próxima pasada avisa a los cinco días y no a los siete, y el resumen sale el miércoles configurado", async () => {
    const SUBDIRECTORES = SUBDIRECTORES_CON_APROVECHAMIENTO;
    // Seven days before the T3 deadline (a Saturday: the configured Wednesday has passed this week).
    expect((await pasada("2061-10-08")).recibido).toEqual(RESUMENES);

    // Five days before, a Monday: before the digest's Wednesday.
    const cinco = await pasada("2061-10-10");
    expect(cinco.recibido).toEqual(recibidos(SUBDIRECTORES, "PLAZO_PROXIMO"));
    expect(cinco.unica(centros.pendiente.subdirector, "PLAZO_PROXIMO").titulo).toBe(`Vence en 5 días: ${T3}`);
    expect(
      await prisma.recordatorio.findMany({
        where: { clave: { contains: `|2061-T3|${centros.pendiente.id}|` } },
        select: { etapa: true },
      }),
    ).toEqual([{ etapa: "PREVIO_5" }]);

    const miercoles = await pasada("2061-10-12");
    expect(diaIsoDeLaSemana("2061-10-12")).toBe(3);
    expect(miercoles.recibido).toEqual(RESUMENES);
  });

  it("tras el vencimiento escala a los tres días configurados", async () => {
    const vencido = await pasada("2061-10-16");
    expect(vencido.recibido).toEqual(recibidos(SUBDIRECTORES_CON_APROVECHAMIENTO, "PLAZO_VENCIDO"));
    expect(vencido.unica(centros.pendiente.subdirector, "PLAZO_VENCIDO").mensaje).toContain(
      "Si a los 3 días de atraso sigue sin enviarse",
    );

    // A Tuesday, before the configured Wednesday: no digest.
    const escalado = await pasada("2061-10-18");
    expect(escalado.recibido).toEqual(
      ordenados(
        recibidos(SUBDIRECTORES_CON_APROVECHAMIENTO, "ESCALAMIENTO"),
        recibidos(["coordinador", "coordinador2"], "ESCALAMIENTO"),
      ),
    );
    expect(escalado.unica(centros.pendiente.subdirector, "ESCALAMIENTO").titulo).toBe(
      `Reporte con 3 días de atraso: ${T3}`,
    );
    const copia = escalado.unica(e.actores.coordinador, "ESCALAMIENTO");
    expect(copia.titulo).toMatch(/^\d+ reportes llevan 3 días o más de atraso$/);
    expect(grupo(copia.mensaje, `Regional ${REGIONAL}`)).toEqual([
      `Regional ${REGIONAL}`,
      ...(["aprobado", "borrador", "devuelto", "enviado", "pendiente", "silencio"] as const).map((caso) =>
        conAtraso(centros[caso].nombre, T3, LIMITE_T3, 3),
      ),
    ]);
  });
});
