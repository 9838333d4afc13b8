// One demo report of each type, with its figures.

import { type TipoReporte } from "@/generated/prisma/client";
import { type Periodo, periodosDeVigencia as periodosDe } from "@/lib/periodos";
import { Aleatorio } from "../aleatorio";
import { despuesDelCierre, fechaBogota, fechaCalendario, sumarHoras } from "../periodos";
import { ANIO_DEMO, metasRegionales } from "./datos";
import {
  autorDelCentro,
  marcasAleatorias,
  primerEnvio,
  reporteBase,
  Tiempos,
  tiemposBorrador,
  tiemposDesde,
} from "./tiempos";
import {
  CentroBD,
  COMENTARIOS_DEVOLUCION,
  Contexto,
  Detalle,
  Estado,
  EstadoOFaltante,
  Marcas,
  OpcionesReporte,
  PESOS_COMITE_DEMO,
  ReporteDemo,
  SeguimientoDemo,
} from "./tipos";

export function reporteCentro(
  seguimiento: SeguimientoDemo,
  periodo: Periodo | undefined,
  centro: CentroBD,
  ctx: Contexto,
  opciones: OpcionesReporte,
): ReporteDemo | undefined {
  if (!periodo) return undefined;
  const rng = new Aleatorio(`${seguimiento.tipo}:${periodo.codigo}:${centro.codigo}`);
  const marcas = marcasAleatorias(rng, opciones.pesos);
  if (!marcas) return undefined;
  if (marcas.estado !== "BORRADOR") {
    if (opciones.tarde !== undefined) marcas.tarde = opciones.tarde;
    if (opciones.reenviado !== undefined) marcas.reenviado = opciones.reenviado;
  }
  const tiempos =
    marcas.estado === "BORRADOR"
      ? tiemposBorrador(rng, despuesDelCierre(periodo, rng.entero(1, 10), 8, 0))
      : tiemposDesde(rng, primerEnvio(rng, periodo, seguimiento.diasOportunidad, marcas.tarde), marcas);
  const comentario = rng.elegir(COMENTARIOS_DEVOLUCION[seguimiento.tipo]);
  const reporte = reporteBase(
    seguimiento,
    periodo.codigo,
    centro.id,
    autorDelCentro(centro, ctx),
    ctx.coordinadorId,
    marcas,
    tiempos,
    comentario,
  );
  return {
    reporte,
    detalle: detalleCentro(rng, seguimiento.tipo, periodo, centro, opciones.sinVentas ?? false),
  };
}

/** Comité de precios of the demo vigencia, reported during the same year. */
export function reporteComiteAnticipado(
  seguimiento: SeguimientoDemo,
  centro: CentroBD,
  ctx: Contexto,
): ReporteDemo | undefined {
  const anio = ANIO_DEMO;
  const rng = new Aleatorio(`${seguimiento.tipo}:${anio}:${centro.codigo}`);
  const estado = rng.ponderado<EstadoOFaltante>(PESOS_COMITE_DEMO);
  if (estado === "FALTANTE") return undefined;
  const marcas: Marcas = { estado, tarde: false, reenviado: false };
  const mesActa = rng.entero(2, 9);
  const diaActa = rng.entero(1, 28);
  const acta = fechaBogota(anio, mesActa, diaActa, 9, 0);
  const inicio = sumarHoras(acta, 24 * rng.entero(3, 25) + rng.entero(0, 8));
  const tiempos = estado === "BORRADOR" ? tiemposBorrador(rng, inicio) : tiemposDesde(rng, inicio, marcas);
  const reporte = reporteBase(
    seguimiento,
    String(anio),
    centro.id,
    autorDelCentro(centro, ctx),
    ctx.coordinadorId,
    marcas,
    tiempos,
    null,
  );
  return {
    reporte,
    detalle: {
      tipo: "COMITE_PRECIOS",
      datos: {
        fechaActa: fechaCalendario(anio, mesActa, diaActa),
        numeroActa: `${String(rng.entero(1, 3)).padStart(3, "0")}-${anio}`,
        productosServiciosPreciados: rng.entero(12, 160),
      },
    },
  };
}

export function redondear(valor: number, multiplo: number): bigint {
  return BigInt(Math.round(valor / multiplo)) * BigInt(multiplo);
}

export function detalleCentro(
  rng: Aleatorio,
  tipo: TipoReporte,
  periodo: Periodo,
  centro: CentroBD,
  sinVentas: boolean,
): Detalle {
  switch (tipo) {
    case "COMITE_PRECIOS": {
      const mes = rng.entero(1, 4);
      const dia = rng.entero(1, 28);
      return {
        tipo,
        datos: {
          fechaActa: fechaCalendario(periodo.anio, mes, dia),
          numeroActa: `${String(rng.entero(1, 3)).padStart(3, "0")}-${periodo.anio}`,
          productosServiciosPreciados: rng.entero(12, 160),
        },
      };
    }
    case "TRAZABILIDAD_VENTAS": {
      if (sinVentas) {
        return {
          tipo,
          datos: { totalAprovechamientos: 0n, totalFacturadoDef: 0n, numeroDef: 0, pagosRecibidos: 0n },
        };
      }
      // Each centro's own scale, stable across quarters, with seasonal variation.
      const escala = new Aleatorio(`escala:${centro.codigo}`).real(30_000_000, 450_000_000);
      const crecimiento = periodo.anio === ANIO_DEMO ? 1.45 : 1;
      const total = Math.round(escala * crecimiento * rng.real(0.75, 1.25));
      const proporcion = rng.probabilidad(0.85)
        ? rng.probabilidad(0.25)
          ? 1
          : rng.real(0.7, 1)
        : rng.real(0.45, 0.7);
      const facturado = Math.round(total * proporcion);
      const numeroDef = Math.max(1, Math.round(facturado / rng.real(150_000, 1_500_000)));
      const pagos = Math.round(facturado * rng.real(0.85, 1));
      return {
        tipo,
        datos: {
          totalAprovechamientos: BigInt(total),
          totalFacturadoDef: BigInt(facturado),
          numeroDef,
          pagosRecibidos: BigInt(pagos),
        },
      };
    }
    case "EJECUCION_RECURSOS": {
      const solicitados = rng.real(80_000_000, 1_200_000_000);
      const asignados = solicitados * rng.real(0.6, 1);
      const ejecutados = rng.probabilidad(0.15) ? asignados : asignados * rng.real(0.55, 1);
      return {
        tipo,
        datos: {
          recursosSolicitados: redondear(solicitados, 1_000),
          recursosAsignados: redondear(asignados, 1_000),
          recursosEjecutados: redondear(ejecutados, 1_000),
          registradoModuloPlanAccion: rng.probabilidad(0.9),
        },
      };
    }
    case "RECAUDO":
      throw new Error("El recaudo es un reporte nacional");
  }
}

export interface RecaudoFijo {
  estado: Estado;
  /** Days after the close of the semester on which it was sent. */
  diasEnvio: number;
  diasRevision?: number;
  /** Approximate national fulfilment against the meta. */
  cumplimiento: number;
  aportantesNuevos: number;
  smsEnviados: number;
  correosEnviados: number;
  analisis: string;
}

export const RECAUDO_FIJO: Readonly<Record<string, RecaudoFijo>> = {
  "2020-S1": {
    estado: "APROBADO",
    diasEnvio: 24,
    diasRevision: 4,
    cumplimiento: 0.83,
    aportantesNuevos: 3_850,
    smsEnviados: 182_400,
    correosEnviados: 126_300,
    analisis:
      "Informe de demostración. El recaudo del primer semestre se vio afectado por la emergencia sanitaria por COVID-19 y las medidas de alivio a los aportantes, por lo que no se alcanzó la meta. Se intensificó el cobro persuasivo mediante mensajes SMS y correos electrónicos y se amplió la base de aportantes a fiscalizar con los cruces de información de la PILA.",
  },
  "2020-S2": {
    estado: "APROBADO",
    diasEnvio: 22,
    diasRevision: 5,
    cumplimiento: 0.97,
    aportantesNuevos: 5_120,
    smsEnviados: 245_900,
    correosEnviados: 171_840,
    analisis:
      "Informe de demostración. En el segundo semestre el recaudo se recuperó con la reactivación económica. Las campañas de SMS y mailing mejoraron la respuesta de los aportantes en cobro persuasivo y la base a fiscalizar creció en todas las regionales.",
  },
  [`${ANIO_DEMO}-S1`]: {
    estado: "ENVIADO",
    diasEnvio: 43,
    cumplimiento: 1.04,
    aportantesNuevos: 6_430,
    smsEnviados: 318_750,
    correosEnviados: 264_015,
    analisis:
      "Informe de demostración. El recaudo del semestre superó la meta nacional, impulsado por la fiscalización de aportantes nuevos identificados con cruces de información. El informe se envía fuera del plazo por demoras en la consolidación de la información de algunas regionales.",
  },
};

export function reporteRecaudo(
  seguimiento: SeguimientoDemo,
  codigoPeriodo: string,
  regionales: readonly { id: number; codigo: string }[],
  ctx: Contexto,
): ReporteDemo | undefined {
  const fijo = RECAUDO_FIJO[codigoPeriodo];
  const periodo = periodosDe(Number(codigoPeriodo.slice(0, 4)), "SEMESTRAL").find(
    (p) => p.codigo === codigoPeriodo,
  );
  if (!fijo || !periodo) return undefined;
  const rng = new Aleatorio(`RECAUDO:${codigoPeriodo}`);

  const metas = metasRegionales(
    codigoPeriodo,
    regionales.map((r) => r.codigo),
  );
  const porRegional = regionales.map((regional) => {
    const meta = Number(metas.get(regional.codigo) ?? 0n);
    const recaudado = meta * fijo.cumplimiento * rng.real(0.85, 1.15);
    const fiscalizacion = Math.round(recaudado * rng.real(0.55, 0.7));
    const persuasivo = Math.round(recaudado) - fiscalizacion;
    return {
      regionalId: regional.id,
      recaudoFiscalizacion: BigInt(fiscalizacion),
      recaudoCobroPersuasivo: BigInt(persuasivo),
    };
  });
  const recaudoFiscalizacion = porRegional.reduce((s, r) => s + r.recaudoFiscalizacion, 0n);
  const recaudoCobroPersuasivo = porRegional.reduce((s, r) => s + r.recaudoCobroPersuasivo, 0n);

  const enviadoEn = despuesDelCierre(periodo, fijo.diasEnvio, 16, 40);
  const revisadoEn =
    fijo.diasRevision === undefined ? null : sumarHoras(enviadoEn, 24 * fijo.diasRevision - 6);
  const tiempos: Tiempos = {
    createdAt: sumarHoras(enviadoEn, -24 * 6),
    updatedAt: revisadoEn ?? enviadoEn,
    enviadoEn,
    primerEnvioEn: enviadoEn,
    revisadoEn,
    version: revisadoEn ? 3 : 2,
  };
  const marcas: Marcas = { estado: fijo.estado, tarde: false, reenviado: false };
  return {
    reporte: reporteBase(
      seguimiento,
      codigoPeriodo,
      null,
      ctx.coordinadorId,
      ctx.coordinadorId,
      marcas,
      tiempos,
      null,
    ),
    detalle: {
      tipo: "RECAUDO",
      datos: {
        recaudoFiscalizacion,
        recaudoCobroPersuasivo,
        aportantesNuevos: fijo.aportantesNuevos,
        smsEnviados: fijo.smsEnviados,
        correosEnviados: fijo.correosEnviados,
        analisis: fijo.analisis,
      },
      porRegional,
    },
  };
}
