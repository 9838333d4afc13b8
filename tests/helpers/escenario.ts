import { crearClientePrisma } from "@/server/cliente-prisma";
import type { Actor } from "@/server/autorizacion";
import type { Rol } from "@/generated/prisma/enums";
import { seedDatabase } from "../../prisma/seed/index";
import { enVigencias } from "./centros";
import { DECLARACIONES_2020 } from "@/features/plan/declaraciones-2020";
import type { TipoReporte } from "@/generated/prisma/enums";

const TIPO_POR_NOMBRE = new Map(
  (Object.entries(DECLARACIONES_2020) as [TipoReporte, { nombre: string }][]).map(([tipo, d]) => [
    d.nombre,
    tipo,
  ]),
);

let seguimientosDeclarados = 0;

/**
 * What a seguimiento of a 2020 kind stores besides its settings, for tests that create one row by
 * row: its declared form, its name and obliged centros, and a key of its own (several of a kind
 * may live in one vigencia).
 */
export function declarada(tipo: TipoReporte) {
  const { clave, nombre, obligados, formulario } = DECLARACIONES_2020[tipo];
  seguimientosDeclarados += 1;
  return {
    clave: `${clave}-prueba-${seguimientosDeclarados}`,
    nombre,
    obligados,
    tipoReporte: tipo,
    formulario: JSON.parse(JSON.stringify(formulario)) as object,
  };
}

/** The 2020 kind of an obligation's seguimiento, by its name: how the tests list obligations. */
export function tipoDe(o: { seguimiento: string }): TipoReporte | string {
  return TIPO_POR_NOMBRE.get(o.seguimiento) ?? o.seguimiento;
}

function urlDeLaBase(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Las pruebas de integración necesitan DATABASE_URL (lo define global-setup).");
  return url;
}

/** A user of a test world; `prefijo` keeps its e-mail apart from other files' users. */
export async function usuarioDePrueba(
  prisma: ReturnType<typeof crearClientePrisma>,
  prefijo: string,
  nombre: string,
  rol: Rol,
  centroId: number | null = null,
  activo = true,
): Promise<Actor> {
  const u = await prisma.user.create({
    data: {
      email: `${nombre}.${prefijo}@pruebas.test`.toLowerCase(),
      nombre,
      rol,
      centroId,
      activo,
      passwordHash: "no-usada",
    },
  });
  return { id: u.id, rol: u.rol, centroId: u.centroId };
}

/**
 * A small world with known answers on top of the base plan 2020: two centros that generate
 * aprovechamiento in different regionales, one that does not, one user per role, and a few reports.
 * `prefijo` keeps the rows of each test file apart in the shared test database.
 */
export async function crearEscenario(prefijo: string) {
  const url = urlDeLaBase();
  await seedDatabase(url, { demo: false });
  const prisma = crearClientePrisma(url);
  try {
    const vigencia = await prisma.vigencia.findUniqueOrThrow({ where: { anio: 2020 } });
    const [regionalA, regionalB] = await prisma.regional.findMany({ orderBy: { codigo: "asc" }, take: 2 });
    if (!regionalA || !regionalB) throw new Error("El plan base debe traer las regionales.");
    const centro = (sufijo: string, regionalId: number, generaAprovechamiento: boolean) =>
      prisma.centro.create({
        data: {
          codigo: `${prefijo}-${sufijo}`,
          nombre: `Centro ${prefijo} ${sufijo}`,
          regionalId,
          generaAprovechamiento,
          vigencias: enVigencias([vigencia.id], { generaAprovechamiento }),
        },
      });
    const centroA = await centro("A", regionalA.id, true);
    const centroB = await centro("B", regionalB.id, true);
    const centroC = await centro("C", regionalA.id, false);

    const usuario = (nombre: string, rol: Rol, centroId: number | null = null) =>
      usuarioDePrueba(prisma, prefijo, nombre, rol, centroId);
    const actores = {
      admin: await usuario("admin", "ADMIN"),
      coordinador: await usuario("coordinador", "COORDINADOR"),
      consulta: await usuario("consulta", "CONSULTA"),
      subdirectorA: await usuario("subA", "SUBDIRECTOR", centroA.id),
      subdirectorB: await usuario("subB", "SUBDIRECTOR", centroB.id),
      subdirectorC: await usuario("subC", "SUBDIRECTOR", centroC.id),
    };

    const seguimientos = await prisma.seguimiento.findMany({ where: { vigenciaId: vigencia.id } });
    const seguimientoDe = (tipo: string) => {
      const s = seguimientos.find((x) => x.tipoReporte === tipo);
      if (!s) throw new Error(`El plan 2020 no tiene seguimiento ${tipo}`);
      return s;
    };
    const trazabilidad = seguimientoDe("TRAZABILIDAD_VENTAS");
    const recaudo = seguimientoDe("RECAUDO");

    const reporteA = await prisma.reporte.create({
      data: {
        seguimientoId: trazabilidad.id,
        vigenciaId: vigencia.id,
        tipo: "TRAZABILIDAD_VENTAS",
        periodo: "2020-T1",
        centroId: centroA.id,
        ambito: String(centroA.id),
        estado: "ENVIADO",
        creadoPorId: actores.subdirectorA.id,
        enviadoPorId: actores.subdirectorA.id,
        enviadoEn: new Date("2020-04-10T15:00:00Z"),
        primerEnvioEn: new Date("2020-04-10T15:00:00Z"),
        trazabilidadVentas: {
          create: {
            totalAprovechamientos: 1_000_000n,
            totalFacturadoDef: 800_000n,
            numeroDef: 12,
            pagosRecibidos: 750_000n,
          },
        },
      },
    });
    const reporteB = await prisma.reporte.create({
      data: {
        seguimientoId: trazabilidad.id,
        vigenciaId: vigencia.id,
        tipo: "TRAZABILIDAD_VENTAS",
        periodo: "2020-T2",
        centroId: centroB.id,
        ambito: String(centroB.id),
        estado: "APROBADO",
        creadoPorId: actores.subdirectorB.id,
      },
    });
    return { vigencia, centroA, centroB, centroC, actores, reporteA, reporteB, recaudo };
  } finally {
    await prisma.$disconnect();
  }
}

export type Escenario = Awaited<ReturnType<typeof crearEscenario>>;
