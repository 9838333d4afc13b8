import writeXlsxFile from "write-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import {
  MENSAJE_METAS_IMPORTACION_DESACTUALIZADA,
  importarMetas,
  previsualizarImportacionDeMetas,
} from "@/features/metas/operaciones-importacion";
import { guardarMetas } from "@/features/metas/operaciones";
import { metasDeVigencia, tablaDeMetas } from "@/features/metas/queries";
import { aCsv, aXlsx } from "@/features/tableros/exportar";
import { textoDeMeta } from "@/lib/metas";
import { db } from "@/server/db";
import { crearEscenario, type Escenario } from "../helpers/escenario";

let e: Escenario;
let vigencia: { id: number; anio: number };
let antioquia: { id: number; nombre: string };
let atlantico: { id: number; nombre: string };
const ANIO = 2037;

beforeAll(async () => {
  e = await crearEscenario("metas-importacion");
  vigencia = await db().vigencia.upsert({
    where: { anio: ANIO },
    create: { anio: ANIO, nombre: `Plan de Acción ${ANIO} (importación de metas)` },
    update: {},
  });
  antioquia = await db().regional.findUniqueOrThrow({ where: { codigo: "05" } });
  atlantico = await db().regional.findUniqueOrThrow({ where: { codigo: "08" } });
});

function csv(...filas: string[]): File {
  return new File([["vigencia;semestre;regional;meta", ...filas].join("\n")], "metas.csv");
}

async function vistaPrevia(archivo: File, actor = e.actores.coordinador) {
  const resultado = await previsualizarImportacionDeMetas(actor, { archivo });
  if (!resultado.ok) throw new Error(resultado.message);
  return resultado.data;
}

async function importar(archivo: File, actor = e.actores.coordinador) {
  return importarMetas(actor, { archivo, huella: (await vistaPrevia(archivo, actor)).huella });
}

/** Every meta of the vigencia, by semester and ambito. */
async function metas() {
  const filas = await db().metaRecaudo.findMany({
    where: { vigenciaId: vigencia.id },
    orderBy: [{ periodo: "asc" }, { ambito: "asc" }],
    select: { periodo: true, ambito: true, monto: true },
  });
  return filas.map((f) => `${f.periodo} ${f.ambito} ${f.monto}`);
}

async function estado() {
  const [filas, auditoria] = await Promise.all([metas(), db().auditLog.count()]);
  return { filas, auditoria };
}

describe("importar metas desde un archivo", () => {
  it("fija las metas del archivo y la nacional como su suma, todo en una transacción, con un evento por meta", async () => {
    const antes = (await db().auditLog.findFirst({ orderBy: { id: "desc" } }))?.id ?? 0n;
    const resultado = await importar(
      csv(`${ANIO};1;05;1.500.000`, `${ANIO};1;Atlántico;2500000`, `${ANIO};2;Nacional;9.000.000`),
    );
    expect(resultado).toEqual({ ok: true, data: { fijadas: 4, nacionales: 2 } });
    expect(await metas()).toEqual([
      `${ANIO}-S1 ${antioquia.id} 1500000`,
      `${ANIO}-S1 ${atlantico.id} 2500000`,
      `${ANIO}-S1 NACIONAL 4000000`,
      `${ANIO}-S2 NACIONAL 9000000`,
    ]);
    const eventos = await db().auditLog.findMany({
      where: {
        id: { gt: antes },
        accion: "IMPORTAR",
        entidad: "MetaRecaudo",
        actorId: e.actores.coordinador.id,
      },
      orderBy: { id: "asc" },
      select: { despues: true },
    });
    expect(eventos.map((ev) => ev.despues)).toEqual([
      { vigenciaId: vigencia.id, periodo: `${ANIO}-S1`, regionalId: antioquia.id, monto: "1500000" },
      { vigenciaId: vigencia.id, periodo: `${ANIO}-S1`, regionalId: atlantico.id, monto: "2500000" },
      { vigenciaId: vigencia.id, periodo: `${ANIO}-S1`, regionalId: null, monto: "4000000" },
      { vigenciaId: vigencia.id, periodo: `${ANIO}-S2`, regionalId: null, monto: "9000000" },
    ]);
  });

  it("la descarga de las metas vuelve a entrar sin cambios, en CSV y en Excel", async () => {
    const tabla = await tablaDeMetas(e.actores.coordinador, vigencia);
    for (const archivo of [
      new File([aCsv(tabla)], "metas.csv"),
      new File([new Uint8Array(await aXlsx(tabla))], "metas.xlsx"),
    ]) {
      const vista = await vistaPrevia(archivo);
      expect(vista.errores).toEqual([]);
      expect(vista.regionales).toEqual([]);
      expect(vista.nacionales).toEqual([]);
      expect(vista.sinCambios).toBe(vista.filasLeidas);
    }
  });

  it("un libro de Excel con un cambio se aplica; la fila de Excel es la línea de cada error", async () => {
    const hoja = async (filas: (string | number)[][]) =>
      new File(
        [
          new Uint8Array(
            await writeXlsxFile(
              [["Vigencia", "Semestre", "Regional", "Meta"], ...filas].map((f) =>
                f.map((value) => ({ value })),
              ),
            ).toBuffer(),
          ),
        ],
        "metas.xlsx",
      );
    const conError = await hoja([
      [ANIO, 1, "Antioquia", 1_800_000],
      [ANIO, 1, "Vaupez", 10],
    ]);
    expect((await vistaPrevia(conError)).errores).toEqual([
      { linea: 3, mensajes: ["«Vaupez» no es el código ni el nombre de ninguna regional registrada."] },
    ]);
    expect((await importar(await hoja([[ANIO, 1, "Antioquia", 1_800_000]]))).ok).toBe(true);
    expect(await metas()).toContain(`${ANIO}-S1 ${antioquia.id} 1800000`);
    expect(await metas()).toContain(`${ANIO}-S1 NACIONAL 4300000`);
  });

  it("una fila mala y no se escribe nada", async () => {
    const archivo = csv(`${ANIO};1;05;2.000.000`, `${ANIO};1;08;12,5`);
    const vista = await vistaPrevia(archivo);
    expect(vista.errores).toEqual([
      { linea: 3, mensajes: ["Meta «12,5»: La meta va en pesos enteros, sin centavos ni decimales."] },
    ]);
    const antes = await estado();
    expect(await importarMetas(e.actores.coordinador, { archivo, huella: vista.huella })).toEqual({
      ok: false,
      message: "El archivo tiene 1 fila con errores: no se importó ninguna meta.",
    });
    expect(await estado()).toEqual(antes);
  });

  it("si alguien guarda las metas del semestre entre la vista previa y la confirmación, no se aplica nada", async () => {
    const archivo = csv(`${ANIO};1;05;3.000.000`);
    const vista = await vistaPrevia(archivo);
    const [s1] = await metasDeVigencia(e.actores.coordinador, vigencia);
    const guardado = await guardarMetas(e.actores.coordinador, {
      vigenciaId: vigencia.id,
      periodo: `${ANIO}-S1`,
      huella: s1!.huella,
      nacional: "",
      regionales: s1!.regionales.map((r) => ({
        regionalId: r.id,
        monto: r.id === atlantico.id ? "2.600.000" : textoDeMeta(r.monto),
      })),
    });
    expect(guardado.ok).toBe(true);
    const antes = await estado();
    expect(await importarMetas(e.actores.coordinador, { archivo, huella: vista.huella })).toEqual({
      ok: false,
      message: MENSAJE_METAS_IMPORTACION_DESACTUALIZADA,
    });
    expect(await estado()).toEqual(antes);
  });

  it("un archivo sin las columnas se rechaza junto al campo", async () => {
    expect(
      await previsualizarImportacionDeMetas(e.actores.coordinador, {
        archivo: new File(["regional;meta\n05;1\n"], "m.csv"),
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        archivo: [expect.stringMatching(/^Faltan columnas en el encabezado: vigencia, semestre\./)],
      },
    });
  });

  it.each(["subdirectorA", "consulta"] as const)(
    "%s no puede revisar ni importar metas: no cambia nada ni deja auditoría",
    async (quien) => {
      const archivo = csv(`${ANIO};2;05;1`);
      const antes = await estado();
      expect(await previsualizarImportacionDeMetas(e.actores[quien], { archivo })).toMatchObject({
        ok: false,
        message: "No tiene permiso para realizar esta operación.",
      });
      expect(await importarMetas(e.actores[quien], { archivo, huella: "a".repeat(64) })).toMatchObject({
        ok: false,
        message: "No tiene permiso para realizar esta operación.",
      });
      expect(await estado()).toEqual(antes);
    },
  );

  it("el administrador también importa metas", async () => {
    expect(await importar(csv(`${ANIO};2;Nacional;9.500.000`), e.actores.admin)).toEqual({
      ok: true,
      data: { fijadas: 1, nacionales: 1 },
    });
    expect(await metas()).toContain(`${ANIO}-S2 NACIONAL 9500000`);
  });
});
