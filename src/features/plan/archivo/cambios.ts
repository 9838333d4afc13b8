import type { Plan, PlanSeguimiento } from "../forma";
import type { PlanArchivo } from "./esquema";

// What applying a plan file would change, in words an administrator reads before confirming:
// temas by code, lineamientos and acciones by their place, seguimientos by their key.

type Seguimientos = Map<string, { seguimiento: PlanSeguimiento; donde: string }>;

function seguimientosDe(plan: Plan): Seguimientos {
  const todos: Seguimientos = new Map();
  for (const tema of plan) {
    tema.lineamientos.forEach((l, iL) =>
      l.acciones.forEach((a, iA) =>
        a.seguimientos.forEach((seguimiento) =>
          todos.set(seguimiento.clave, {
            seguimiento,
            donde: `tema ${tema.codigo}, lineamiento ${iL + 1}, acción ${iA + 1}`,
          }),
        ),
      ),
    );
  }
  return todos;
}

/** The same value whatever the order of its keys (a file's, or the database's). */
function canonico(valor: unknown): unknown {
  if (Array.isArray(valor)) return valor.map(canonico);
  if (valor === null || typeof valor !== "object") return valor;
  return Object.fromEntries(
    Object.entries(valor)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, canonico(v)]),
  );
}

const igual = (a: unknown, b: unknown) => JSON.stringify(canonico(a)) === JSON.stringify(canonico(b));

const ETIQUETAS: Partial<Record<keyof PlanSeguimiento, string>> = {
  nombre: "nombre",
  herramienta: "herramienta",
  periodicidad: "periodicidad",
  alcance: "alcance",
  obligados: "centros obligados",
  diasOportunidad: "días de oportunidad",
  observacion: "observación",
  responsables: "responsables",
  reglas: "reglas",
  indicadores: "indicadores",
  desglosePorRegional: "desglose por regional",
  tablaDeReportes: "tabla de reportes",
};

/** "campos (+«Cartera inicial», −«Meta», «Avance» cambia de tipo, 2 etiquetas o ayudas)". */
function cambiosDeCampos(antes: PlanSeguimiento, despues: PlanSeguimiento): string | null {
  const previos = new Map(antes.campos.map((c) => [c.clave, c]));
  const nuevos = new Map(despues.campos.map((c) => [c.clave, c]));
  const partes = [
    ...despues.campos.filter((c) => !previos.has(c.clave)).map((c) => `+«${c.etiqueta}»`),
    ...antes.campos.filter((c) => !nuevos.has(c.clave)).map((c) => `−«${c.etiqueta}»`),
    ...despues.campos
      .filter((c) => previos.has(c.clave) && previos.get(c.clave)!.tipo !== c.tipo)
      .map((c) => `«${c.etiqueta}» cambia de tipo`),
  ];
  const otros = despues.campos.filter(
    (c) => previos.has(c.clave) && previos.get(c.clave)!.tipo === c.tipo && !igual(previos.get(c.clave), c),
  ).length;
  if (otros > 0)
    partes.push(
      otros === 1 ? "1 campo con otros textos u opciones" : `${otros} campos con otros textos u opciones`,
    );
  if (
    partes.length === 0 &&
    !igual(
      antes.campos.map((c) => c.clave),
      despues.campos.map((c) => c.clave),
    )
  ) {
    partes.push("otro orden");
  }
  return partes.length === 0 ? null : `campos (${partes.join(", ")})`;
}

function cambiosDeSeguimiento(antes: PlanSeguimiento, despues: PlanSeguimiento): string[] {
  const cambios = (Object.keys(ETIQUETAS) as (keyof PlanSeguimiento)[])
    .filter((k) => !igual(antes[k], despues[k]))
    .map((k) => ETIQUETAS[k]!);
  const campos = cambiosDeCampos(antes, despues);
  return campos ? [...cambios, campos] : cambios;
}

function contar(n: number, uno: string, varios: string): string {
  return `${n} ${n === 1 ? uno : varios}`;
}

/**
 * Each change the file makes to the stored plan (`antes`, null when its vigencia does not exist),
 * one line each; none when the file holds exactly the stored plan.
 */
export function describirCambios(
  antes: { nombre: string; plan: Plan } | null,
  archivo: PlanArchivo,
): string[] {
  const lineas: string[] = [];
  if (!antes) lineas.push(`Se crea la vigencia ${archivo.vigencia}, «${archivo.nombre}».`);
  else if (antes.nombre !== archivo.nombre) {
    lineas.push(
      `La vigencia ${archivo.vigencia} se llama ahora «${archivo.nombre}» (antes «${antes.nombre}»).`,
    );
  }
  const plan = antes?.plan ?? [];
  const temasAntes = new Map(plan.map((t) => [t.codigo, t]));
  const temasDespues = new Set(archivo.temas.map((t) => t.codigo));
  for (const tema of archivo.temas) {
    const previo = temasAntes.get(tema.codigo);
    if (!previo) {
      lineas.push(`Tema ${tema.codigo} «${tema.nombre}»: nuevo.`);
      continue;
    }
    if (previo.nombre !== tema.nombre)
      lineas.push(`Tema ${tema.codigo}: cambia su nombre a «${tema.nombre}».`);
    const n = Math.max(previo.lineamientos.length, tema.lineamientos.length);
    for (let i = 0; i < n; i++) {
      const [l0, l1] = [previo.lineamientos[i], tema.lineamientos[i]];
      const donde = `Tema ${tema.codigo}, lineamiento ${i + 1}`;
      if (!l0) lineas.push(`${donde}: nuevo.`);
      else if (!l1) lineas.push(`${donde}: se elimina.`);
      else {
        if (l0.texto !== l1.texto) lineas.push(`${donde}: cambia su texto.`);
        const m = Math.max(l0.acciones.length, l1.acciones.length);
        for (let j = 0; j < m; j++) {
          const [a0, a1] = [l0.acciones[j], l1.acciones[j]];
          if (!a0) lineas.push(`${donde}, acción ${j + 1}: nueva.`);
          else if (!a1) lineas.push(`${donde}, acción ${j + 1}: se elimina.`);
          else if (a0.texto !== a1.texto || a0.resultadoEsperado !== a1.resultadoEsperado) {
            lineas.push(`${donde}, acción ${j + 1}: cambia su texto o su resultado esperado.`);
          }
        }
      }
    }
  }
  for (const tema of plan) {
    if (!temasDespues.has(tema.codigo)) lineas.push(`Tema ${tema.codigo} «${tema.nombre}»: se elimina.`);
  }
  const segAntes = seguimientosDe(plan);
  const segDespues = seguimientosDe(archivo.temas);
  for (const [clave, { seguimiento: s, donde }] of segDespues) {
    const previo = segAntes.get(clave);
    if (!previo) {
      lineas.push(
        `Seguimiento «${clave}» (${s.nombre}): nuevo en ${donde}, ${s.periodicidad.toLowerCase()}, ` +
          `${contar(s.campos.length, "campo", "campos")}.`,
      );
      continue;
    }
    const cambios = cambiosDeSeguimiento(previo.seguimiento, s);
    if (previo.donde !== donde) cambios.unshift(`pasa a ${donde}`);
    if (cambios.length > 0) lineas.push(`Seguimiento «${clave}»: cambia ${cambios.join(", ")}.`);
  }
  for (const [clave, { seguimiento: s }] of segAntes) {
    if (!segDespues.has(clave)) lineas.push(`Seguimiento «${clave}» (${s.nombre}): se elimina.`);
  }
  return lineas;
}
