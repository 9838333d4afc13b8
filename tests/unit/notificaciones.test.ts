import { describe, expect, it } from "vitest";
import type { TipoNotificacion } from "@/generated/prisma/enums";
import { NOTIFICACIONES_OBLIGATORIAS, notificacionesDelRol } from "@/features/notificaciones/etiquetas";
import { componerCorreo } from "@/features/notificaciones/plantillas";
import {
  copiaDeEscalamiento,
  listaPorRegional,
  previo,
  resumenSemanal,
  type Pendiente,
} from "@/features/recordatorios/mensajes";
import { formatearFecha } from "@/lib/fechas";

const COMENTARIO_HOSTIL = '<script>alert("x")</script> & "más"';
const ESCAPADO = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;más&quot;";

const correo = {
  nombre: "Luz Dary Gómez",
  titulo: "Reporte devuelto: Trazabilidad de ventas · Trimestre 3 de 2026",
  mensaje: `El reporte fue devuelto con este comentario:\n\n${COMENTARIO_HOSTIL}`,
  enlace: "https://seguimiento.example.gov.co/reportes/42",
  textoEnlace: "Ver el reporte",
  obligatoria: true,
  urlPreferencias: "https://seguimiento.example.gov.co/cuenta#notificaciones",
};

describe("correo de una notificación", () => {
  it("el asunto lleva el prefijo de la aplicación y el título", () => {
    const { asunto } = componerCorreo(correo);
    expect(asunto).toBe(`[Plan de Acción] ${correo.titulo}`);
    expect(asunto.startsWith("[Plan de Acción] ")).toBe(true);
  });

  it("el texto plano saluda por el nombre, trae el mensaje tal cual y el enlace absoluto", () => {
    const { texto } = componerCorreo(correo);
    expect(texto.startsWith("Hola, Luz Dary Gómez:\n")).toBe(true);
    expect(texto).toContain(correo.mensaje);
    expect(texto).toContain("Ver el reporte: https://seguimiento.example.gov.co/reportes/42");
  });

  it("el HTML escapa lo que escribió el usuario: ni <script>, ni comillas, ni & sueltos", () => {
    const { html } = componerCorreo(correo);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('alert("x")');
    expect(html).toContain(ESCAPADO);
    expect(html).toContain("Hola, Luz Dary Gómez:");
  });

  it("el HTML escapa también el título, el nombre y el enlace", () => {
    const { html } = componerCorreo({
      ...correo,
      nombre: "Ana <b>",
      titulo: 'Devuelto: "Recaudo" & <otros>',
      enlace: "https://seguimiento.example.gov.co/obligaciones?vigencia=2026&centro=7",
    });
    expect(html).toContain("<title>Devuelto: &quot;Recaudo&quot; &amp; &lt;otros&gt;</title>");
    expect(html).toContain("Hola, Ana &lt;b&gt;:");
    expect(html).toContain(
      'href="https://seguimiento.example.gov.co/obligaciones?vigencia=2026&amp;centro=7"',
    );
    expect(html).not.toContain("<otros>");
  });

  it("en HTML cada párrafo del mensaje es un párrafo y un salto de línea sencillo se conserva", () => {
    const { html } = componerCorreo({ ...correo, mensaje: "Primera línea\nsegunda línea\n\nOtro párrafo" });
    expect(html).toContain('<p style="margin:0 0 12px">Primera línea<br>segunda línea</p>');
    expect(html).toContain('<p style="margin:0 0 12px">Otro párrafo</p>');
  });

  it("un aviso obligatorio dice que se envía siempre y no ofrece dejar de recibirlo", () => {
    const { texto, html } = componerCorreo({ ...correo, obligatoria: true });
    expect(texto).toContain("se envía siempre");
    expect(html).toContain("se envía siempre");
    expect(texto).not.toContain(correo.urlPreferencias);
    expect(html).not.toContain(correo.urlPreferencias);
  });

  it("un aviso opcional enlaza a las preferencias para dejar de recibirlo", () => {
    const { texto, html } = componerCorreo({ ...correo, obligatoria: false });
    expect(texto).toContain(
      `Puede dejar de recibir este aviso por correo en Mi cuenta: ${correo.urlPreferencias}`,
    );
    expect(html).toContain(`<a href="${correo.urlPreferencias}">Mi cuenta</a>`);
    expect(texto).not.toContain("se envía siempre");
    expect(html).not.toContain("se envía siempre");
  });
});

describe("qué notificaciones recibe cada rol", () => {
  it("una devolución y lo vencido llegan siempre por correo; una aprobación o un plazo próximo, no", () => {
    expect(NOTIFICACIONES_OBLIGATORIAS.has("REPORTE_DEVUELTO")).toBe(true);
    expect(NOTIFICACIONES_OBLIGATORIAS.has("PLAZO_VENCIDO")).toBe(true);
    expect(NOTIFICACIONES_OBLIGATORIAS.has("REPORTE_APROBADO")).toBe(false);
    expect(NOTIFICACIONES_OBLIGATORIAS.has("PLAZO_PROXIMO")).toBe(false);
  });

  it("el rol de consulta no recibe ninguna", () => {
    expect(notificacionesDelRol("CONSULTA")).toEqual([]);
  });

  it("el subdirector recibe lo de quien reporta, no lo de quien revisa ni el resumen", () => {
    const tipos = notificacionesDelRol("SUBDIRECTOR");
    expect(tipos).toContain("REPORTE_DEVUELTO");
    expect(tipos).toContain("PLAZO_PROXIMO");
    expect(tipos).not.toContain("REPORTE_ENVIADO");
    expect(tipos).not.toContain("REVISION_VENCIDA");
    expect(tipos).not.toContain("RESUMEN_SEMANAL");
  });

  it("el administrador recibe lo de quien revisa y de la coordinación, no lo de quien reporta", () => {
    const tipos = notificacionesDelRol("ADMIN");
    expect(tipos).toContain("REPORTE_ENVIADO");
    expect(tipos).toContain("REVISION_VENCIDA");
    expect(tipos).toContain("RESUMEN_SEMANAL");
    expect(tipos).not.toContain("PLAZO_PROXIMO");
    expect(tipos).not.toContain("REPORTE_DEVUELTO");
  });

  it("solo el administrador sabe, siempre también por correo, que la auditoría está alterada", () => {
    expect(notificacionesDelRol("ADMIN")).toContain("AUDITORIA_ALTERADA");
    expect(NOTIFICACIONES_OBLIGATORIAS.has("AUDITORIA_ALTERADA")).toBe(true);
    for (const rol of ["COORDINADOR", "SUBDIRECTOR", "CONSULTA"] as const) {
      expect(notificacionesDelRol(rol)).not.toContain("AUDITORIA_ALTERADA");
    }
  });

  it("el coordinador, que reporta y revisa, recibe de ambos lados", () => {
    const tipos = notificacionesDelRol("COORDINADOR");
    const esperados: TipoNotificacion[] = [
      "REPORTE_DEVUELTO",
      "PLAZO_PROXIMO",
      "PLAZO_VENCIDO",
      "ESCALAMIENTO",
      "REPORTE_ENVIADO",
      "REVISION_VENCIDA",
      "RESUMEN_SEMANAL",
    ];
    for (const tipo of esperados) expect(tipos).toContain(tipo);
  });

  it.each(["SUBDIRECTOR", "COORDINADOR", "ADMIN", "CONSULTA"] as const)(
    "la lista del rol %s no repite ningún tipo",
    (rol) => {
      const tipos = notificacionesDelRol(rol);
      expect(new Set(tipos).size).toBe(tipos.length);
    },
  );
});

const idsDeCentros = new Map<string, number>();

/** A centro is known by its name and regional here; `centroId` tells homonyms apart. */
function pendiente(
  centro: string | null,
  regional: string | null,
  reporte: string,
  centroId = centro === null ? null : (idsDeCentros.get(`${centro}|${regional}`) ?? idsDeCentros.size + 1),
): Pendiente {
  if (centro !== null && centroId !== null) idsDeCentros.set(`${centro}|${regional}`, centroId);
  return { unidad: { centroId, centro, regional }, reporte, fechaLimite: "2026-10-15", diasAtraso: 3 };
}

describe("lista de pendientes por regional", () => {
  it("primero lo nacional y luego las regionales en orden alfabético español, con sus centros en orden", () => {
    const lista = listaPorRegional(
      [
        pendiente("Centro Florido", "Cundinamarca", "Trazabilidad"),
        pendiente("Centro Ébano", "Cundinamarca", "Trazabilidad"),
        pendiente("Centro Ébano", "Cundinamarca", "Ejecución"),
        pendiente("Centro Agrícola", "Córdoba", "Trazabilidad"),
        pendiente(null, null, "Recaudo"),
        pendiente("Centro Náutico", "Cauca", "Ejecución"),
      ],
      (p) => p.reporte,
    );
    expect(lista).toBe(
      [
        "Nivel nacional",
        "- Recaudo",
        "",
        "Regional Cauca",
        "- Centro Náutico: Ejecución",
        "",
        "Regional Córdoba",
        "- Centro Agrícola: Trazabilidad",
        "",
        "Regional Cundinamarca",
        "- Centro Ébano: Ejecución",
        "- Centro Ébano: Trazabilidad",
        "- Centro Florido: Trazabilidad",
      ].join("\n"),
    );
  });

  const muchos = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      pendiente("Centro Minero", "Boyacá", `Informe ${String(i + 1).padStart(3, "0")}`),
    );
  const CORTE = /^… y (\d+) líneas más: el tablero de cumplimiento las tiene todas\.$/;

  it("una lista de más de 150 líneas se corta ahí y dice cuántas líneas más hay", () => {
    const lineas = listaPorRegional(muchos(200), (p) => p.reporte).split("\n");
    expect(lineas).toHaveLength(151);
    expect(lineas.slice(0, 150)).toEqual([
      "Regional Boyacá",
      ...Array.from({ length: 149 }, (_, i) => `- Centro Minero: Informe ${String(i + 1).padStart(3, "0")}`),
    ]);
    expect(lineas.join("\n")).not.toContain("Informe 150");
    const [, sobrantes] = CORTE.exec(lineas[150] ?? "") ?? [];
    // Exactly the 51 reports left out; 60 more reports are 60 more lines.
    expect(Number(sobrantes)).toBe(51);
    const [, conMas] =
      CORTE.exec(listaPorRegional(muchos(260), (p) => p.reporte).split("\n")[150] ?? "") ?? [];
    expect(Number(conMas) - Number(sobrantes)).toBe(60);
  });

  it("si sobra una sola línea lo dice en singular, y con 149 reportes no se corta nada", () => {
    const lineas = listaPorRegional(muchos(150), (p) => p.reporte).split("\n");
    expect(lineas[150]).toBe("… y 1 línea más: el tablero de cumplimiento las tiene todas.");
    expect(listaPorRegional(muchos(149), (p) => p.reporte).split("\n")).toHaveLength(150);
  });

  it("una lista corta no se corta", () => {
    const lista = listaPorRegional(muchos(100), (p) => p.reporte);
    expect(lista.split("\n")).toHaveLength(101);
    expect(lista).not.toContain("líneas más");
  });
});

describe("mensajes de los recordatorios", () => {
  const base = {
    reporte: "Trazabilidad de ventas (DEF) · Trimestre 3 de 2026",
    unidad: { centroId: 1, centro: "Centro Minero", regional: "Boyacá" },
    fechaLimite: "2026-10-15",
    borrador: false,
  };

  it.each([
    [0, "Vence hoy"],
    [1, "Vence en 1 día"],
    [3, "Vence en 3 días"],
    [7, "Vence en 7 días"],
  ] as const)("faltando %i días antes del vencimiento el título dice «%s»", (diasRestantes, cuando) => {
    const aviso = previo({ ...base, diasRestantes });
    expect(aviso.tipo).toBe("PLAZO_PROXIMO");
    expect(aviso.titulo).toBe(`${cuando}: ${base.reporte}`);
    expect(aviso.mensaje).toContain(`a más tardar el ${formatearFecha("2026-10-15")}`);
    expect(aviso.mensaje).toContain("Centro Minero (Regional Boyacá)");
  });

  it("el aviso previo distingue un borrador de un reporte sin diligenciar", () => {
    expect(previo({ ...base, diasRestantes: 1, borrador: true }).mensaje).toContain(
      "Está guardado como borrador y aún no se ha enviado.",
    );
    expect(previo({ ...base, diasRestantes: 1, borrador: false }).mensaje).toContain(
      "Aún no se ha diligenciado.",
    );
  });

  it("el resumen semanal cuenta centros distintos, no reportes, y no cuenta lo nacional como centro", () => {
    const aviso = resumenSemanal({
      hoy: "2026-12-07",
      atrasados: [
        pendiente("Centro Minero", "Boyacá", "Trazabilidad"),
        pendiente("Centro Minero", "Boyacá", "Ejecución"),
        pendiente("Centro Náutico", "Cauca", "Ejecución"),
        pendiente(null, null, "Recaudo"),
      ],
      correccionesVencidas: 2,
      revisionesVencidas: 1,
    });
    expect(aviso.tipo).toBe("RESUMEN_SEMANAL");
    expect(aviso.titulo).toBe("Resumen semanal: 2 centros con reportes atrasados");
    expect(aviso.mensaje).toContain(`Situación al ${formatearFecha("2026-12-07")}.`);
    expect(aviso.mensaje).toContain("Reportes vencidos sin enviar, por regional:");
    expect(aviso.mensaje).toContain("- Centro Minero: Ejecución");
    expect(aviso.mensaje).toContain("Correcciones vencidas: 2. Revisiones vencidas: 1.");
    expect(aviso.mensaje).not.toContain("No hay reportes vencidos sin enviar.");
  });

  it("con un solo centro atrasado el título va en singular", () => {
    const aviso = resumenSemanal({
      hoy: "2026-12-07",
      atrasados: [
        pendiente("Centro Minero", "Boyacá", "Trazabilidad"),
        pendiente("Centro Minero", "Boyacá", "Ejecución"),
      ],
      correccionesVencidas: 0,
      revisionesVencidas: 0,
    });
    expect(aviso.titulo).toBe("Resumen semanal: 1 centro con reportes atrasados");
  });

  it("sin reportes vencidos el resumen lo dice en lugar de una lista vacía", () => {
    const aviso = resumenSemanal({
      hoy: "2026-12-07",
      atrasados: [],
      correccionesVencidas: 1,
      revisionesVencidas: 0,
    });
    expect(aviso.titulo).toBe("Resumen semanal: correcciones o revisiones vencidas");
    expect(aviso.mensaje).toContain("No hay reportes vencidos sin enviar.");
    expect(aviso.mensaje).not.toContain("por regional");
    expect(aviso.mensaje).toContain("Correcciones vencidas: 1. Revisiones vencidas: 0.");
  });

  it("dos centros con el mismo nombre en regionales distintas cuentan como dos", () => {
    const aviso = resumenSemanal({
      hoy: "2026-12-07",
      atrasados: [
        pendiente("Centro de Comercio y Servicios", "Boyacá", "Trazabilidad"),
        pendiente("Centro de Comercio y Servicios", "Cauca", "Trazabilidad"),
      ],
      correccionesVencidas: 0,
      revisionesVencidas: 0,
    });
    expect(aviso.titulo).toBe("Resumen semanal: 2 centros con reportes atrasados");
  });

  it("si solo lo nacional está atrasado, el título no habla de centros", () => {
    const aviso = resumenSemanal({
      hoy: "2026-12-07",
      atrasados: [pendiente(null, null, "Informe de recaudo · Semestre 1 de 2026")],
      correccionesVencidas: 0,
      revisionesVencidas: 0,
    });
    expect(aviso.titulo).toBe("Resumen semanal: informes nacionales atrasados");
    expect(aviso.mensaje).toContain("Nivel nacional\n- Informe de recaudo · Semestre 1 de 2026");
  });

  it.each([
    [1, "1 reporte lleva 7 días o más de atraso"],
    [2, "2 reportes llevan 7 días o más de atraso"],
  ] as const)("la copia de escalamiento de %i reporte(s) se titula «%s»", (cuantos, titulo) => {
    const pendientes = [
      pendiente("Centro Minero", "Boyacá", "Trazabilidad"),
      pendiente("Centro Náutico", "Cauca", "Ejecución"),
    ].slice(0, cuantos);
    const aviso = copiaDeEscalamiento(pendientes, 7);
    expect(aviso.tipo).toBe("ESCALAMIENTO");
    expect(aviso.titulo).toBe(titulo);
    expect(aviso.mensaje).toContain("Regional Boyacá\n- Centro Minero: Trazabilidad, vencía el");
  });

  it("la copia de escalamiento a 1 día de atraso dice «1 día»", () => {
    expect(copiaDeEscalamiento([pendiente("Centro Minero", "Boyacá", "Trazabilidad")], 1).titulo).toBe(
      "1 reporte lleva 1 día o más de atraso",
    );
  });
});
