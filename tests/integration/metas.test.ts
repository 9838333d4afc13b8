import { beforeAll, describe, expect, it } from "vitest";
import { guardarMetas, MENSAJE_METAS_DESACTUALIZADAS } from "@/features/metas/operaciones";
import { metaDelPeriodo, metasDeVigencia, tablaDeMetas } from "@/features/metas/queries";
import type { MetasDelFormulario } from "@/features/metas/schemas";
import { formatearCop } from "@/lib/dinero";
import { textoDeMeta } from "@/lib/metas";
import { db } from "@/server/db";
import { crearEscenario, type Escenario } from "../helpers/escenario";

let e: Escenario;
let vigencia: { id: number; anio: number };
let regionales: { id: number }[];
const S1 = "2031-S1";
const S2 = "2031-S2";

beforeAll(async () => {
  e = await crearEscenario("metas");
  vigencia = await db().vigencia.upsert({
    where: { anio: 2031 },
    create: { anio: 2031, nombre: "Plan de Acción 2031 (pruebas de metas)" },
    update: {},
  });
  regionales = await db().regional.findMany({ orderBy: { id: "asc" }, select: { id: true } });
});

/** The form of a semester exactly as the metas screen loads it for the coordinator. */
async function formulario(periodo: string): Promise<MetasDelFormulario> {
  const semestres = await metasDeVigencia(e.actores.coordinador, vigencia);
  const semestre = semestres.find((s) => s.periodo.codigo === periodo)!;
  return {
    vigenciaId: vigencia.id,
    periodo,
    huella: semestre.huella,
    nacional: "",
    regionales: semestre.regionales.map((r) => ({ regionalId: r.id, monto: textoDeMeta(r.monto) })),
  };
}

/** The form with the given montos typed for the first regionales (by id) and the rest as loaded. */
function escribir(form: MetasDelFormulario, montos: string[], nacional = ""): MetasDelFormulario {
  const porId = new Map(montos.map((monto, i) => [regionales[i]!.id, monto]));
  return {
    ...form,
    nacional,
    regionales: form.regionales.map((r) => ({ ...r, monto: porId.get(r.regionalId) ?? r.monto })),
  };
}

function vacio(form: MetasDelFormulario): MetasDelFormulario {
  return { ...form, nacional: "", regionales: form.regionales.map((r) => ({ ...r, monto: "" })) };
}

function filas(periodo: string) {
  return db().metaRecaudo.findMany({
    where: { vigenciaId: vigencia.id, periodo },
    orderBy: { ambito: "asc" },
    select: { ambito: true, regionalId: true, monto: true, updatedAt: true },
  });
}

async function vaciar(periodo: string) {
  expect((await guardarMetas(e.actores.coordinador, vacio(await formulario(periodo)))).ok).toBe(true);
}

describe("quién puede fijar metas", () => {
  it.each([
    ["coordinador", true],
    ["admin", true],
    ["consulta", false],
    ["subdirectorA", false],
  ] as const)("%s guarda las metas del semestre: permitido=%s", async (quien, permitido) => {
    const form = await formulario(S1);
    const antes = await filas(S1);
    const auditoriaAntes = await db().auditLog.count({ where: { entidad: "MetaRecaudo" } });
    const resultado = await guardarMetas(e.actores[quien], escribir(form, [`${quien.length}.000.000`]));
    expect(resultado.ok).toBe(permitido);
    if (permitido) {
      const meta = await metaDelPeriodo(vigencia.id, S1);
      expect(meta.regionales.get(regionales[0]!.id)).toBe(BigInt(quien.length) * 1_000_000n);
      return;
    }
    expect(resultado).toMatchObject({ message: "No tiene permiso para realizar esta operación." });
    expect(await filas(S1)).toEqual(antes);
    expect(await db().auditLog.count({ where: { entidad: "MetaRecaudo" } })).toBe(auditoriaAntes);
  });

  it("todos pueden ver las metas", async () => {
    for (const actor of Object.values(e.actores)) {
      await expect(metasDeVigencia(actor, vigencia)).resolves.toHaveLength(2);
    }
  });
});

describe("la meta nacional es la suma de las regionales", () => {
  it("al guardar metas regionales se calcula y se guarda la nacional en la misma operación", async () => {
    await vaciar(S1);
    const resultado = await guardarMetas(
      e.actores.coordinador,
      escribir(await formulario(S1), ["1.000.000", "$ 2.500.000", "", "300000"]),
    );
    expect(resultado).toMatchObject({ ok: true, data: { nacional: 3_800_000n } });
    const meta = await metaDelPeriodo(vigencia.id, S1);
    expect(meta.nacional).toBe(3_800_000n);
    expect([...meta.regionales.entries()]).toEqual([
      [regionales[0]!.id, 1_000_000n],
      [regionales[1]!.id, 2_500_000n],
      [regionales[3]!.id, 300_000n],
    ]);
    expect(meta.consistencia).toEqual({ tipo: "CALCULADA", nacional: 3_800_000n });
  });

  it("la descarga trae cada regional y la nación de cada semestre, con los montos exactos", async () => {
    await vaciar(S1);
    await guardarMetas(e.actores.coordinador, escribir(await formulario(S1), ["1.000.000", "2.500.000"]));
    const tabla = await tablaDeMetas(e.actores.consulta, vigencia);
    const delS1 = tabla.filas.filter((f) => f.semestre === S1);
    expect(delS1).toHaveLength(regionales.length + 1);
    const nombres = await db().regional.findMany({
      where: { id: { in: [regionales[0]!.id, regionales[1]!.id] } },
    });
    const monto = (nombre: string) => delS1.find((f) => f.regional === nombre)?.meta;
    expect(monto(nombres.find((r) => r.id === regionales[0]!.id)!.nombre)).toBe(1_000_000n);
    expect(monto(nombres.find((r) => r.id === regionales[1]!.id)!.nombre)).toBe(2_500_000n);
    expect(delS1.at(-1)).toEqual({ vigencia: "2031", semestre: S1, regional: "Nacional", meta: 3_500_000n });
  });

  it("sin metas regionales se puede fijar solo la nacional; al agregar regionales pasa a ser la suma", async () => {
    await vaciar(S2);
    const sola = await guardarMetas(e.actores.coordinador, {
      ...(await formulario(S2)),
      nacional: "5.000.000",
    });
    expect(sola).toMatchObject({ ok: true, data: { nacional: 5_000_000n } });
    expect((await metaDelPeriodo(vigencia.id, S2)).consistencia).toEqual({
      tipo: "SOLO_NACIONAL",
      nacional: 5_000_000n,
    });

    await guardarMetas(e.actores.coordinador, escribir(await formulario(S2), ["700.000"]));
    expect((await metaDelPeriodo(vigencia.id, S2)).nacional).toBe(700_000n);
  });

  it("una nacional escrita que no coincide con la suma se rechaza mostrando la diferencia, sin cambiar nada", async () => {
    const antes = await filas(S1);
    const resultado = await guardarMetas(
      e.actores.coordinador,
      escribir(await formulario(S1), ["1.000.000", "1.000.000", "", ""], "2.500.000"),
    );
    expect(resultado.ok).toBe(false);
    if (resultado.ok) return;
    const [mensaje] = resultado.fieldErrors?.nacional ?? [];
    expect(mensaje).toContain(`es ${formatearCop(500_000n)} mayor`);
    expect(mensaje).toContain(formatearCop(2_000_000n));
    expect(await filas(S1)).toEqual(antes);
  });

  it("una nacional guardada que no cuadra (datos anteriores) se muestra con la diferencia y se corrige al guardar", async () => {
    await vaciar(S2);
    await guardarMetas(e.actores.coordinador, escribir(await formulario(S2), ["400.000", "100.000"]));
    await db().metaRecaudo.update({
      where: { vigenciaId_periodo_ambito: { vigenciaId: vigencia.id, periodo: S2, ambito: "NACIONAL" } },
      data: { monto: 450_000n },
    });
    const semestre = (await metasDeVigencia(e.actores.consulta, vigencia))[1]!;
    expect(semestre.consistencia).toEqual({
      tipo: "DESCUADRADA",
      nacional: 450_000n,
      suma: 500_000n,
      diferencia: -50_000n,
    });
    expect((await guardarMetas(e.actores.coordinador, await formulario(S2))).ok).toBe(true);
    expect((await metaDelPeriodo(vigencia.id, S2)).nacional).toBe(500_000n);
  });
});

describe("montos no válidos", () => {
  it.each([
    ["-1.000", "La meta no puede ser negativa."],
    ["mil pesos", "Escriba la meta en pesos, solo con números y puntos de miles, por ejemplo 1.234.567."],
    ["1.000,50", "La meta va en pesos enteros, sin centavos ni decimales."],
  ])("%j se rechaza junto al campo y no cambia nada", async (texto, mensaje) => {
    const antes = await filas(S1);
    const resultado = await guardarMetas(
      e.actores.coordinador,
      escribir(await formulario(S1), ["9.000", texto]),
    );
    expect(resultado).toMatchObject({ ok: false, fieldErrors: { "regionales.1.monto": [mensaje] } });
    expect(await filas(S1)).toEqual(antes);
  });

  it("un semestre que no es de la vigencia se rechaza", async () => {
    const resultado = await guardarMetas(e.actores.coordinador, {
      ...(await formulario(S1)),
      periodo: "2030-S1",
    });
    expect(resultado).toMatchObject({ ok: false, message: "El semestre no pertenece a la vigencia." });
  });

  it("un formulario al que le faltan regionales se rechaza", async () => {
    const form = await formulario(S1);
    const resultado = await guardarMetas(e.actores.coordinador, {
      ...form,
      regionales: form.regionales.slice(1),
    });
    expect(resultado).toMatchObject({ ok: false, message: expect.stringContaining("regionales cambió") });
  });
});

describe("nadie sobrescribe en silencio lo que otro guardó", () => {
  it("guardar con la página vieja se rechaza y deja lo que guardó el otro", async () => {
    const delCoordinador = await formulario(S1);
    const delAdmin = await formulario(S1);
    expect((await guardarMetas(e.actores.admin, escribir(delAdmin, ["111.000"]))).ok).toBe(true);
    const despuesDelAdmin = await filas(S1);

    const resultado = await guardarMetas(e.actores.coordinador, escribir(delCoordinador, ["222.000"]));
    expect(resultado).toEqual({ ok: false, message: MENSAJE_METAS_DESACTUALIZADAS, fieldErrors: undefined });
    expect(await filas(S1)).toEqual(despuesDelAdmin);
  });

  it("dos guardados simultáneos sobre la misma versión: uno pasa y el otro se rechaza", async () => {
    await guardarMetas(e.actores.coordinador, escribir(await formulario(S1), ["1.000"]));
    const form = await formulario(S1);
    const resultados = await Promise.all([
      guardarMetas(e.actores.admin, escribir(form, ["333.000"])),
      guardarMetas(e.actores.coordinador, escribir(form, ["444.000"])),
    ]);
    const rechazos = resultados.filter((r) => !r.ok);
    expect(rechazos).toEqual([{ ok: false, message: MENSAJE_METAS_DESACTUALIZADAS, fieldErrors: undefined }]);
  });

  it("tras guardar, la huella devuelta permite seguir editando sin recargar", async () => {
    const form = await formulario(S1);
    const primero = await guardarMetas(e.actores.coordinador, escribir(form, ["10.000"]));
    if (!primero.ok) throw new Error(primero.message);
    const segundo = await guardarMetas(e.actores.coordinador, {
      ...escribir(form, ["20.000"]),
      huella: primero.data.huella,
    });
    expect(segundo.ok).toBe(true);
  });
});

describe("auditoría", () => {
  it("cada fila que cambia deja FIJAR_META con el antes y el después; las que no cambian, nada", async () => {
    await vaciar(S2);
    await guardarMetas(e.actores.coordinador, escribir(await formulario(S2), ["100", "200", "300"]));
    const desde = await db().auditLog.aggregate({ _max: { id: true } });
    const resultado = await guardarMetas(e.actores.admin, escribir(await formulario(S2), ["150", "200", ""]));
    expect(resultado.ok).toBe(true);

    const eventos = await db().auditLog.findMany({
      where: { id: { gt: desde._max.id ?? 0n } },
      orderBy: { id: "asc" },
    });
    const [r0, r2] = [regionales[0]!.id, regionales[2]!.id];
    const clave = { vigenciaId: vigencia.id, periodo: S2 };
    expect(eventos.map((ev) => [ev.accion, ev.entidad, ev.actorId, ev.antes, ev.despues])).toEqual([
      [
        "FIJAR_META",
        "MetaRecaudo",
        e.actores.admin.id,
        { ...clave, regionalId: r0, monto: "100" },
        { ...clave, regionalId: r0, monto: "150" },
      ],
      ["FIJAR_META", "MetaRecaudo", e.actores.admin.id, { ...clave, regionalId: r2, monto: "300" }, null],
      [
        "FIJAR_META",
        "MetaRecaudo",
        e.actores.admin.id,
        { ...clave, regionalId: null, monto: "600" },
        { ...clave, regionalId: null, monto: "350" },
      ],
    ]);
    expect(new Set(eventos.map((ev) => ev.requestId)).size).toBe(1);
  });
});
