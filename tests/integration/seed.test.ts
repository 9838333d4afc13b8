import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { verificarClave } from "@/server/claves";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { seedDatabase } from "../../prisma/seed/index";
import { resumirBaseDeDatos, type ResumenSiembra } from "../../prisma/seed/resumen";
import { crearBaseDePrueba } from "../helpers/database";
import { DECLARACIONES_2020 } from "@/features/plan/declaraciones-2020";
import { leerFormulario } from "@/lib/seguimientos/declaracion";

// The demo seeding fills the database with centros, users and reports; so as not to disturb what
// the other tests expect, this file uses its own freshly migrated database.
let baseDeDatos: { url: string; drop(): Promise<void> };
let prisma: PrismaClient;
let soloBase: ResumenSiembra;
let primeraDemo: ResumenSiembra;
let segundaDemo: ResumenSiembra;
let hashesPrimeraDemo: string[];

const REGIONALES = [
  "Amazonas",
  "Antioquia",
  "Arauca",
  "Atlántico",
  "Bolívar",
  "Boyacá",
  "Caldas",
  "Caquetá",
  "Casanare",
  "Cauca",
  "Cesar",
  "Chocó",
  "Córdoba",
  "Cundinamarca",
  "Distrito Capital",
  "Guainía",
  "Guaviare",
  "Huila",
  "La Guajira",
  "Magdalena",
  "Meta",
  "Nariño",
  "Norte de Santander",
  "Putumayo",
  "Quindío",
  "Risaralda",
  "San Andrés",
  "Santander",
  "Sucre",
  "Tolima",
  "Valle",
  "Vaupés",
  "Vichada",
];

const hashesDemo = async () =>
  (
    await prisma.user.findMany({
      where: { email: { endsWith: "@sena.demo" } },
      orderBy: { email: "asc" },
      select: { passwordHash: true },
    })
  ).map((u) => u.passwordHash);

beforeAll(async () => {
  baseDeDatos = await crearBaseDePrueba("plan_seed");
  prisma = crearClientePrisma(baseDeDatos.url);
  await seedDatabase(baseDeDatos.url, { demo: false });
  soloBase = await resumirBaseDeDatos(prisma);
  await seedDatabase(baseDeDatos.url, { demo: true });
  primeraDemo = await resumirBaseDeDatos(prisma);
  hashesPrimeraDemo = await hashesDemo();
  await seedDatabase(baseDeDatos.url, { demo: true });
  segundaDemo = await resumirBaseDeDatos(prisma);
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await baseDeDatos?.drop();
});

async function planDe(anio: number) {
  return prisma.vigencia.findUniqueOrThrow({
    where: { anio },
    include: {
      temas: {
        orderBy: { orden: "asc" },
        include: {
          lineamientos: {
            orderBy: { orden: "asc" },
            include: {
              acciones: {
                orderBy: { orden: "asc" },
                include: {
                  seguimientos: {
                    include: { responsables: { orderBy: { orden: "asc" } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
}

/** The plan without ids or dates, to compare two vigencias. */
function contenido(plan: Awaited<ReturnType<typeof planDe>>) {
  return plan.temas.map((t) => ({
    codigo: t.codigo,
    nombre: t.nombre,
    orden: t.orden,
    lineamientos: t.lineamientos.map((l) => ({
      texto: l.texto,
      orden: l.orden,
      acciones: l.acciones.map((a) => ({
        texto: a.texto,
        resultadoEsperado: a.resultadoEsperado,
        orden: a.orden,
        seguimientos: a.seguimientos.map((s) => ({
          herramienta: s.herramienta,
          periodicidad: s.periodicidad,
          alcance: s.alcance,
          tipoReporte: s.tipoReporte,
          clave: s.clave,
          nombre: s.nombre,
          obligados: s.obligados,
          formulario: s.formulario,
          diasOportunidad: s.diasOportunidad,
          observacion: s.observacion,
          responsables: s.responsables.map((r) => ({ cargo: r.cargo, rol: r.rol, orden: r.orden })),
        })),
      })),
    })),
  }));
}

describe("siembra base", () => {
  it("crea las 33 regionales con código DANE y solo la vigencia 2020, sin datos de demostración", () => {
    expect(soloBase.regionales).toBe(33);
    expect(soloBase.vigencias).toEqual([2020]);
    expect(soloBase.centros).toBe(0);
    expect(soloBase.usuarios).toEqual({});
    expect(soloBase.metasRecaudo).toBe(0);
    expect(soloBase.reportes).toEqual({});
    expect(soloBase).toMatchObject({
      temas: 2,
      lineamientos: 4,
      acciones: 4,
      seguimientos: 4,
      responsables: 7,
    });
  });

  it("las regionales son las del SENA, con códigos únicos de dos dígitos", async () => {
    const regionales = await prisma.regional.findMany({ orderBy: { nombre: "asc" } });
    expect(regionales.map((r) => r.nombre).sort()).toEqual([...REGIONALES].sort());
    for (const r of regionales) expect(r.codigo).toMatch(/^\d{2}$/);
    const porNombre = new Map(regionales.map((r) => [r.nombre, r.codigo]));
    expect(porNombre.get("Distrito Capital")).toBe("11");
    expect(porNombre.get("Antioquia")).toBe("05");
    expect(porNombre.get("Valle")).toBe("76");
  });

  it("el plan 2020 está literal, tal como el documento fuente", async () => {
    const vigencia = await planDe(2020);
    expect(vigencia.nombre).toBe("Plan de Acción 2020");
    const [recaudo, produccion] = vigencia.temas;
    expect(vigencia.temas).toHaveLength(2);
    expect(recaudo).toMatchObject({
      codigo: "2.1.4.1",
      nombre: "Incremento del recaudo de recursos propios.",
    });
    expect(produccion).toMatchObject({ codigo: "2.1.4.2", nombre: "Producción de centros" });

    expect(recaudo?.lineamientos.map((l) => l.texto)).toEqual([
      "Mejorar los mecanismos de recaudo actuales, tanto en el proceso de fiscalización y cobro persuasivo.",
    ]);
    expect(produccion?.lineamientos.map((l) => l.texto)).toEqual([
      "Implementar el comité de precios en los Centros de Formación que van a realizar aprovechamiento de producción de centros.",
      "Fortalecer el proceso de producción de centros y la trazabilidad de las ventas.",
      "Realizar una oportuna ejecución de los recursos de producción de centros, asignados conforme a la planeación de cada Centro de Formación.",
    ]);

    const acciones = vigencia.temas.flatMap((t) => t.lineamientos.flatMap((l) => l.acciones));
    expect(acciones).toHaveLength(4);
    expect(acciones[0]).toMatchObject({
      texto:
        "Mejorar la eficiencia del recaudo de fiscalización y cobro persuasivo, estableciendo mecanismos de cobro y diversificando los métodos de seguimiento.",
      resultadoEsperado:
        "Ampliar la base de datos a fiscalizar a nivel nacional. Estableciendo mecanismos de cobro a través de mensajes de SMS y mailing, que permitan eficacia y eficiencia en el recaudo. Sujetas a procesos de fiscalización por parte del SENA.",
    });
    expect(acciones[1]?.texto).toBe(
      "Los Centros de Formación que generen aprovechamiento, deberán establecer el Comité de Precios al interior de sus centros, conforme a las directrices emitidas por la Dirección Administrativa y Financiera.",
    );
    // The original text is kept, even "Todo las ventas- aprovechamiento".
    expect(acciones[2]).toMatchObject({
      texto:
        "Todo las ventas- aprovechamiento de producción de centros deben generarse emitiendo Documento equivalente a factura en el Sistema Nacional de Producción de Centros.",
      resultadoEsperado: "Trazabilidad de ingresos comparada con el total de los aprovechamientos generados.",
    });
    expect(acciones[3]?.resultadoEsperado).toBe(
      "Asignación de recursos desde el presupuesto de apertura para una eficiente ejecución de los recursos y oportuna atención de los requerimientos.",
    );

    const seguimientos = acciones.flatMap((a) => a.seguimientos);
    expect(seguimientos).toHaveLength(4);
    for (const s of seguimientos) expect(s.vigenciaId).toBe(vigencia.id);
    expect(
      seguimientos.map((s) => [
        s.herramienta,
        s.periodicidad,
        s.alcance,
        s.tipoReporte,
        s.clave,
        s.diasOportunidad,
        s.obligados,
      ]),
    ).toEqual([
      ["INFORME", "SEMESTRAL", "NACIONAL", "RECAUDO", "recaudo", 30, "TODOS"],
      ["REPORTE", "ANUAL", "POR_CENTRO", "COMITE_PRECIOS", "comite-precios", 30, "CON_APROVECHAMIENTO"],
      [
        "INFORME",
        "TRIMESTRAL",
        "POR_CENTRO",
        "TRAZABILIDAD_VENTAS",
        "trazabilidad-ventas",
        15,
        "CON_APROVECHAMIENTO",
      ],
      ["INFORME", "ANUAL", "POR_CENTRO", "EJECUCION_RECURSOS", "ejecucion-recursos", 30, "CON_RECURSOS"],
    ]);
    // Each declares the form of its kind, as the plan file carries it.
    for (const s of seguimientos) {
      expect(leerFormulario(s.formulario)).toEqual(DECLARACIONES_2020[s.tipoReporte!].formulario);
    }
    expect(seguimientos.map((s) => s.observacion)).toEqual([
      "Informe de cumplimiento de metas de recaudo elaborado por el Grupo de Recaudo y Cartera.",
      "Reporte del Sistema Nacional de Producción de Centros donde se muestren las actas del comité de precios de cada centro de formación.",
      "Reporte del Sistema Nacional de Producción de Centros donde se muestra la relación de documentos equivalentes a factura y los pagos.",
      "Aplicativo Plan de Acción.",
    ]);

    const coordinador = { cargo: "Coordinador Grupo de Recaudo y Cartera", rol: "COORDINADOR", orden: 1 };
    const subdirector = { cargo: "Subdirector de centro", rol: "SUBDIRECTOR", orden: 2 };
    expect(
      seguimientos.map((s) => s.responsables.map(({ cargo, rol, orden }) => ({ cargo, rol, orden }))),
    ).toEqual([
      [coordinador],
      [coordinador, subdirector],
      [coordinador, subdirector],
      [coordinador, subdirector],
    ]);
  });
});

describe("siembra de demostración", () => {
  it("copia el plan 2020 en la vigencia 2026, marcada como demo", async () => {
    const [plan2020, plan2026] = await Promise.all([planDe(2020), planDe(2026)]);
    expect(plan2026.nombre).toBe("Plan de Acción 2026 (demo, copia de 2020)");
    expect(contenido(plan2026)).toEqual(contenido(plan2020));
    const seguimientos2026 = await prisma.seguimiento.findMany({
      where: { accion: { lineamiento: { tema: { vigenciaId: plan2026.id } } } },
    });
    expect(seguimientos2026).toHaveLength(4);
    for (const s of seguimientos2026) expect(s.vigenciaId).toBe(plan2026.id);
  });

  it("crea al menos 100 centros de demostración, al menos uno por regional, ~80 % con aprovechamiento", async () => {
    const centros = await prisma.centro.findMany({ include: { regional: true } });
    expect(centros.length).toBeGreaterThanOrEqual(100);
    for (const c of centros) {
      expect(c.codigo).toMatch(/^DEMO-\d{2}-\d{2}$/);
      expect(c.nombre).toContain("Demo");
      expect(c.codigo.slice(5, 7)).toBe(c.regional.codigo);
    }
    const porRegional = new Map<string, number>();
    for (const c of centros)
      porRegional.set(c.regional.nombre, (porRegional.get(c.regional.nombre) ?? 0) + 1);
    expect(porRegional.size).toBe(33);
    expect(porRegional.get("Antioquia")).toBeGreaterThan(porRegional.get("Vaupés") ?? 0);
    expect(porRegional.get("Distrito Capital")).toBeGreaterThan(porRegional.get("Arauca") ?? 0);
    const proporcion = centros.filter((c) => c.generaAprovechamiento).length / centros.length;
    expect(proporcion).toBeGreaterThan(0.7);
    expect(proporcion).toBeLessThan(0.9);
  });

  it("crea los 5 usuarios de demostración con su rol y los subdirectores en su centro", async () => {
    const usuarios = await prisma.user.findMany({
      orderBy: { email: "asc" },
      include: { centro: { include: { regional: true } } },
    });
    expect(usuarios.map((u) => [u.email, u.rol])).toEqual([
      ["admin@sena.demo", "ADMIN"],
      ["consulta@sena.demo", "CONSULTA"],
      ["coordinador@sena.demo", "COORDINADOR"],
      ["subdirector2@sena.demo", "SUBDIRECTOR"],
      ["subdirector@sena.demo", "SUBDIRECTOR"],
    ]);
    const porEmail = new Map(usuarios.map((u) => [u.email, u]));
    const subdirector = porEmail.get("subdirector@sena.demo");
    const subdirector2 = porEmail.get("subdirector2@sena.demo");
    expect(subdirector?.centro?.regional.nombre).toBe("Antioquia");
    expect(subdirector?.centro?.generaAprovechamiento).toBe(true);
    expect(subdirector2?.centro?.regional.nombre).toBe("Valle");
    expect(subdirector2?.centro?.generaAprovechamiento).toBe(true);
    for (const email of ["admin@sena.demo", "coordinador@sena.demo", "consulta@sena.demo"]) {
      expect(porEmail.get(email)?.centroId).toBeNull();
    }
    for (const u of usuarios) expect(u.nombre.split(" ").length).toBeGreaterThanOrEqual(3);

    const contrasena = process.env.DEMO_PASSWORD || "Plan2020!";
    expect(await verificarClave(subdirector?.passwordHash ?? "", contrasena)).toBe(true);
    expect(await verificarClave(subdirector?.passwordHash ?? "", "otra")).toBe(false);
  });

  it("sembrar de nuevo no cambia nada: mismos conteos y las contraseñas no se vuelven a cifrar", async () => {
    expect(segundaDemo).toEqual(primeraDemo);
    expect(await hashesDemo()).toEqual(hashesPrimeraDemo);
    expect(primeraDemo.regionales).toBe(33);
    expect(primeraDemo.vigencias).toEqual([2020, 2026]);
    // Each vigencia's plan: 2 temas, 4 lineamientos, 4 acciones, 4 seguimientos, 7 responsables.
    expect(primeraDemo).toMatchObject({
      temas: 4,
      lineamientos: 8,
      acciones: 8,
      seguimientos: 8,
      responsables: 14,
    });
    // Base and demo in the reverse order change nothing either.
    await seedDatabase(baseDeDatos.url, { demo: false });
    expect(await resumirBaseDeDatos(prisma)).toEqual(primeraDemo);
  });

  it("hay reportes de demostración de cada tipo y en cada estado, cada uno con su detalle", async () => {
    const { reportes, detalles } = primeraDemo;
    for (const tipo of ["RECAUDO", "COMITE_PRECIOS", "TRAZABILIDAD_VENTAS", "EJECUCION_RECURSOS"]) {
      expect(Object.keys(reportes[tipo] ?? {}).length).toBeGreaterThan(0);
    }
    const porEstado = (estado: string) =>
      Object.values(reportes).reduce((suma, estados) => suma + (estados[estado] ?? 0), 0);
    for (const estado of ["BORRADOR", "ENVIADO", "APROBADO", "DEVUELTO"]) {
      expect(porEstado(estado)).toBeGreaterThan(0);
    }
    const total = (tipo: string) => Object.values(reportes[tipo] ?? {}).reduce((a, b) => a + b, 0);
    expect(detalles.recaudo).toBe(total("RECAUDO"));
    expect(detalles.comitePrecios).toBe(total("COMITE_PRECIOS"));
    expect(detalles.trazabilidadVentas).toBe(total("TRAZABILIDAD_VENTAS"));
    expect(detalles.ejecucionRecursos).toBe(total("EJECUCION_RECURSOS"));

    // Consistent states and dates.
    const todos = await prisma.reporte.findMany({ include: { seguimiento: true } });
    for (const r of todos) {
      expect(r.vigenciaId).toBe(r.seguimiento.vigenciaId);
      expect(r.tipo).toBe(r.seguimiento.tipoReporte);
      expect(r.ambito).toBe(r.centroId === null ? "NACIONAL" : String(r.centroId));
      expect(r.version).toBeGreaterThanOrEqual(1);
      expect(r.enviadoEn === null).toBe(r.estado === "BORRADOR");
      expect(r.primerEnvioEn === null).toBe(r.estado === "BORRADOR");
      expect(r.revisadoEn !== null && r.revisadoPorId !== null).toBe(
        r.estado === "APROBADO" || r.estado === "DEVUELTO",
      );
      expect(r.comentarioRevision !== null).toBe(r.estado === "DEVUELTO");
      if (r.primerEnvioEn && r.enviadoEn) expect(r.primerEnvioEn <= r.enviadoEn).toBe(true);
    }
    // Comité and trazabilidad reports belong only to centros that generate aprovechamiento.
    const deCentrosSinAprovechamiento = await prisma.reporte.count({
      where: {
        tipo: { in: ["COMITE_PRECIOS", "TRAZABILIDAD_VENTAS"] },
        centro: { generaAprovechamiento: false },
      },
    });
    expect(deCentrosSinAprovechamiento).toBe(0);
  });

  it("cada reporte de demostración trae el historial que coincide con su estado y sus fechas, sin duplicarse", async () => {
    const reportes = await prisma.reporte.findMany({
      select: {
        id: true,
        estado: true,
        enviadoEn: true,
        primerEnvioEn: true,
        revisadoEn: true,
        comentarioRevision: true,
      },
    });
    const eventos = await prisma.auditLog.findMany({
      where: { entidad: "Reporte" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { reporteId: true, accion: true, createdAt: true, despues: true },
    });
    const porReporte = new Map<number | null, typeof eventos>();
    for (const e of eventos) porReporte.set(e.reporteId, [...(porReporte.get(e.reporteId) ?? []), e]);
    for (const r of reportes) {
      const propios = porReporte.get(r.id) ?? [];
      const acciones = propios.map((e) => e.accion);
      expect(acciones[0]).toBe("CREAR");
      const envios = acciones.filter((a) => a === "ENVIAR").length;
      const reenviado = r.primerEnvioEn !== null && r.enviadoEn!.getTime() > r.primerEnvioEn.getTime();
      expect(envios).toBe(r.estado === "BORRADOR" ? 0 : reenviado ? 2 : 1);
      const ultimo = propios.at(-1)!;
      if (r.estado === "APROBADO")
        expect(ultimo).toMatchObject({ accion: "APROBAR", createdAt: r.revisadoEn });
      if (r.estado === "DEVUELTO") {
        expect(ultimo).toMatchObject({
          accion: "DEVOLVER",
          createdAt: r.revisadoEn,
          despues: { estado: "DEVUELTO", comentarioRevision: r.comentarioRevision },
        });
      }
      if (r.estado === "ENVIADO") expect(ultimo).toMatchObject({ accion: "ENVIAR", createdAt: r.enviadoEn });
    }
    // Seeding again (beforeAll did) adds no events: only new reports bring them.
    expect(eventos.filter((e) => e.accion === "CREAR")).toHaveLength(reportes.length);
  });

  it("el recaudo nacional tiene su desglose por regional y la meta nacional es la suma regional", async () => {
    const recaudos = await prisma.reporte.findMany({
      where: { tipo: "RECAUDO" },
      orderBy: { periodo: "asc" },
      include: { recaudo: true, recaudoPorRegional: true },
    });
    expect(recaudos.map((r) => [r.periodo, r.estado, r.ambito, r.centroId])).toEqual([
      ["2020-S1", "APROBADO", "NACIONAL", null],
      ["2020-S2", "APROBADO", "NACIONAL", null],
      ["2026-S1", "ENVIADO", "NACIONAL", null],
    ]);
    for (const r of recaudos) {
      expect(r.recaudoPorRegional).toHaveLength(33);
      const fiscalizacion = r.recaudoPorRegional.reduce((s, x) => s + (x.recaudoFiscalizacion ?? 0n), 0n);
      const persuasivo = r.recaudoPorRegional.reduce((s, x) => s + (x.recaudoCobroPersuasivo ?? 0n), 0n);
      expect(fiscalizacion).toBe(r.recaudo?.recaudoFiscalizacion);
      expect(persuasivo).toBe(r.recaudo?.recaudoCobroPersuasivo);
    }
    // 2026-S1 closes on June 30: with a 30-day deadline, the August 12 submission is late.
    expect(recaudos[2]?.primerEnvioEn?.toISOString().slice(0, 10)).toBe("2026-08-12");

    const metas = await prisma.metaRecaudo.findMany({ include: { vigencia: true } });
    const periodos = new Set(metas.map((m) => `${m.vigencia.anio}|${m.periodo}`));
    expect([...periodos].sort()).toEqual(["2020|2020-S1", "2020|2020-S2", "2026|2026-S1", "2026|2026-S2"]);
    for (const clave of periodos) {
      const delPeriodo = metas.filter((m) => `${m.vigencia.anio}|${m.periodo}` === clave);
      const nacional = delPeriodo.filter((m) => m.ambito === "NACIONAL");
      const regionales = delPeriodo.filter((m) => m.ambito !== "NACIONAL");
      expect(nacional).toHaveLength(1);
      expect(nacional[0]?.regionalId).toBeNull();
      expect(regionales).toHaveLength(33);
      for (const m of regionales) expect(m.ambito).toBe(String(m.regionalId));
      expect(regionales.reduce((s, m) => s + m.monto, 0n)).toBe(nacional[0]?.monto);
      // Hundreds of billions of pesos per semester.
      expect(nacional[0]!.monto).toBeGreaterThan(100_000_000_000n);
      expect(nacional[0]!.monto).toBeLessThan(1_000_000_000_000n);
    }
  });

  it("el centro de subdirector@sena.demo tiene 2026-T1 aprobado, T2 devuelto, T3 en borrador y el comité pendiente", async () => {
    const usuario = await prisma.user.findUniqueOrThrow({ where: { email: "subdirector@sena.demo" } });
    const reportes2026 = await prisma.reporte.findMany({
      where: { centroId: usuario.centroId, vigencia: { anio: 2026 } },
      orderBy: { periodo: "asc" },
    });
    expect(reportes2026.map((r) => [r.tipo, r.periodo, r.estado])).toEqual([
      ["TRAZABILIDAD_VENTAS", "2026-T1", "APROBADO"],
      ["TRAZABILIDAD_VENTAS", "2026-T2", "DEVUELTO"],
      ["TRAZABILIDAD_VENTAS", "2026-T3", "BORRADOR"],
    ]);
    expect(reportes2026[1]?.comentarioRevision).toBeTruthy();
    for (const r of reportes2026) expect(r.creadoPorId).toBe(usuario.id);

    const usuario2 = await prisma.user.findUniqueOrThrow({ where: { email: "subdirector2@sena.demo" } });
    const reportes2026b = await prisma.reporte.findMany({
      where: { centroId: usuario2.centroId, vigencia: { anio: 2026 } },
    });
    expect(reportes2026b.map((r) => [r.tipo, r.periodo, r.estado])).toEqual([
      ["TRAZABILIDAD_VENTAS", "2026-T1", "ENVIADO"],
    ]);
  });
});
