// Fixed definitions of the demo data: centros, users and recaudo metas.
// Everything derives from constants and a deterministic generator, so every seeding is identical.

import type { Rol } from "@/generated/prisma/client";
import { Aleatorio } from "../aleatorio";
import { REGIONALES } from "../regionales";

export const ANIO_DEMO = 2026;
export const NOMBRE_VIGENCIA_DEMO = "Plan de Acción 2026 (demo, copia de 2020)";
export const CONTRASENA_DEMO_POR_DEFECTO = "Plan2020!";

/** Centro of the user subdirector@sena.demo (Antioquia, generates aprovechamiento). */
export const CENTRO_SUBDIRECTOR = "DEMO-05-01";
/** Centro of the user subdirector2@sena.demo (Valle, generates aprovechamiento). */
export const CENTRO_SUBDIRECTOR_2 = "DEMO-76-01";

/** The demo accounts, by the key `npm start` and the tests name them with. */
export const CUENTAS_DEMO = ["ADMIN", "COORDINADOR", "SUBDIRECTOR", "SUBDIRECTOR2", "CONSULTA"] as const;
export type CuentaDemo = (typeof CUENTAS_DEMO)[number];

export interface UsuarioDemo {
  readonly cuenta: CuentaDemo;
  readonly email: string;
  readonly nombre: string;
  readonly rol: Rol;
  /** What `npm start` says about the account when it shows it. */
  readonly descripcion: string;
  /** Code of the centro, for subdirectores only. */
  readonly centroCodigo?: string;
}

export const USUARIOS_DEMO: readonly UsuarioDemo[] = [
  {
    cuenta: "ADMIN",
    email: "admin@sena.demo",
    nombre: "Laura Marcela Rincón Ortiz",
    rol: "ADMIN",
    descripcion: "Administrador",
  },
  {
    cuenta: "COORDINADOR",
    email: "coordinador@sena.demo",
    nombre: "Carlos Andrés Restrepo Gómez",
    rol: "COORDINADOR",
    descripcion: "Coordinador del Grupo de Recaudo y Cartera",
  },
  {
    cuenta: "SUBDIRECTOR",
    email: "subdirector@sena.demo",
    nombre: "María Fernanda Ospina Vélez",
    rol: "SUBDIRECTOR",
    descripcion: "Subdirector de centro",
    centroCodigo: CENTRO_SUBDIRECTOR,
  },
  {
    cuenta: "SUBDIRECTOR2",
    email: "subdirector2@sena.demo",
    nombre: "Jorge Iván Caicedo Mosquera",
    rol: "SUBDIRECTOR",
    descripcion: "Subdirector de otro centro",
    centroCodigo: CENTRO_SUBDIRECTOR_2,
  },
  {
    cuenta: "CONSULTA",
    email: "consulta@sena.demo",
    nombre: "Ana Lucía Pardo Beltrán",
    rol: "CONSULTA",
    descripcion: "Solo consulta",
  },
];

/**
 * Number of demo centros per regional (DANE code), approximating the real distribution of SENA's
 * training centros: the large regionales have more.
 */
const CENTROS_POR_REGIONAL: Readonly<Record<string, number>> = {
  "91": 1, // Amazonas
  "05": 15, // Antioquia
  "81": 1, // Arauca
  "08": 6, // Atlántico
  "13": 4, // Bolívar
  "15": 4, // Boyacá
  "17": 5, // Caldas
  "18": 1, // Caquetá
  "85": 1, // Casanare
  "19": 4, // Cauca
  "20": 2, // Cesar
  "27": 1, // Chocó
  "23": 2, // Córdoba
  "25": 6, // Cundinamarca
  "11": 16, // Distrito Capital
  "94": 1, // Guainía
  "95": 1, // Guaviare
  "41": 4, // Huila
  "44": 2, // La Guajira
  "47": 2, // Magdalena
  "50": 2, // Meta
  "52": 3, // Nariño
  "54": 3, // Norte de Santander
  "86": 1, // Putumayo
  "63": 2, // Quindío
  "66": 3, // Risaralda
  "88": 1, // San Andrés
  "68": 7, // Santander
  "70": 1, // Sucre
  "73": 4, // Tolima
  "76": 9, // Valle
  "97": 1, // Vaupés
  "99": 1, // Vichada
};

const ESPECIALIDADES = [
  "Desarrollo Agroindustrial",
  "Formación Agropecuaria",
  "Gestión Industrial",
  "Comercio y Servicios",
  "Servicios Financieros",
  "Tecnologías de la Información",
  "Construcción y Madera",
  "Biotecnología Agropecuaria",
  "Manufactura en Textil y Cuero",
  "Gestión Administrativa",
  "Turismo, Gastronomía y Hotelería",
  "Diseño y Metalmecánica",
  "Minería y Energía",
  "Salud y Bienestar",
  "Logística y Transporte",
  "Industria Gráfica",
] as const;

/** Share of centros that generate aprovechamiento (producción de centros). */
const PROPORCION_CON_APROVECHAMIENTO = 0.8;

export interface CentroDemo {
  readonly codigo: string;
  readonly nombre: string;
  readonly regionalCodigo: string;
  readonly generaAprovechamiento: boolean;
  /** Requires production resources today: in the demo, the centros that generate aprovechamiento. */
  readonly requiereRecursos: boolean;
}

export function centrosDemo(): CentroDemo[] {
  const base: Omit<CentroDemo, "generaAprovechamiento" | "requiereRecursos">[] = [];
  REGIONALES.forEach((regional, iRegional) => {
    const cantidad = CENTROS_POR_REGIONAL[regional.codigo] ?? 1;
    for (let n = 1; n <= cantidad; n++) {
      const especialidad = ESPECIALIDADES[(iRegional + n - 1) % ESPECIALIDADES.length];
      base.push({
        codigo: `DEMO-${regional.codigo}-${String(n).padStart(2, "0")}`,
        nombre: `Centro Demo de ${especialidad} – ${regional.nombre} ${n}`,
        regionalCodigo: regional.codigo,
      });
    }
  });
  // Without aprovechamiento: the 20 % of centros with the lowest draw (deterministic by code),
  // never those of the demo subdirectores.
  const sorteo = (codigo: string) =>
    codigo === CENTRO_SUBDIRECTOR || codigo === CENTRO_SUBDIRECTOR_2
      ? Number.POSITIVE_INFINITY
      : new Aleatorio(`aprovechamiento:${codigo}`).siguiente();
  const sinAprovechamiento = new Set(
    [...base]
      .sort((a, b) => sorteo(a.codigo) - sorteo(b.codigo))
      .slice(0, Math.round(base.length * (1 - PROPORCION_CON_APROVECHAMIENTO)))
      .map((c) => c.codigo),
  );
  return base.map((c) => {
    const generaAprovechamiento = !sinAprovechamiento.has(c.codigo);
    return { ...c, generaAprovechamiento, requiereRecursos: generaAprovechamiento };
  });
}

/**
 * The demo centros existed in every vigencia (a centro created today only gets the running one and
 * later: decisión 0020), with today's marks; before `anioDemo` every one required resources, as
 * the execution reports they filed then show.
 */
export function sqlCentrosDemoEnVigencias(anioDemo: number): string {
  return `
    INSERT INTO "CentroVigencia" ("centroId", "vigenciaId", activo, "generaAprovechamiento", "requiereRecursos")
    SELECT c.id, v.id, c.activo, c."generaAprovechamiento", c."requiereRecursos" OR v.anio < ${Number(anioDemo)}
      FROM "Centro" c CROSS JOIN "Vigencia" v
     WHERE c.codigo LIKE 'DEMO-%'
    ON CONFLICT DO NOTHING`;
}

/**
 * Relative weight of each regional in the national recaudo (by DANE code). Bogotá holds most of the
 * contributors, followed by Antioquia and Valle.
 */
const PESO_RECAUDO: Readonly<Record<string, number>> = {
  "91": 0.15,
  "05": 14,
  "81": 0.5,
  "08": 4.5,
  "13": 3,
  "15": 2,
  "17": 1.8,
  "18": 0.4,
  "85": 1,
  "19": 1.2,
  "20": 1.3,
  "27": 0.3,
  "23": 1.3,
  "25": 4.5,
  "11": 30,
  "94": 0.08,
  "95": 0.12,
  "41": 1.4,
  "44": 0.7,
  "47": 1.2,
  "50": 1.8,
  "52": 1.2,
  "54": 1.4,
  "86": 0.4,
  "63": 0.8,
  "66": 1.6,
  "88": 0.3,
  "68": 5,
  "70": 0.6,
  "73": 1.6,
  "76": 9,
  "97": 0.05,
  "99": 0.1,
};

/** Approximate national meta per semester (COP); the seeded national meta is the regional sum. */
const META_NACIONAL_APROXIMADA: Readonly<Record<string, number>> = {
  "2020-S1": 240_000_000_000,
  "2020-S2": 260_000_000_000,
  "2026-S1": 360_000_000_000,
  "2026-S2": 380_000_000_000,
};

export const PERIODOS_META = Object.keys(META_NACIONAL_APROXIMADA);

/**
 * Regional metas of a semester for the given regionales (by code), in tens of millions of pesos.
 * The rounding difference goes to the regional with the largest weight, so that the sum (the
 * national meta) is the intended round figure when all the regionales are present.
 */
export function metasRegionales(periodo: string, codigos: readonly string[]): Map<string, bigint> {
  const nacional = META_NACIONAL_APROXIMADA[periodo];
  if (nacional === undefined) throw new Error(`Sin meta para el periodo ${periodo}`);
  const pesoTotal = Object.values(PESO_RECAUDO).reduce((a, b) => a + b, 0);
  const peso = (codigo: string) => PESO_RECAUDO[codigo] ?? 0.1;
  const metas = new Map<string, bigint>();
  for (const codigo of codigos) {
    const decenasDeMillones = Math.max(1, Math.round((nacional * peso(codigo)) / pesoTotal / 1e7));
    metas.set(codigo, BigInt(decenasDeMillones) * 10_000_000n);
  }
  const todas = Object.keys(PESO_RECAUDO).every((codigo) => metas.has(codigo));
  const mayor = [...metas.keys()].sort((a, b) => peso(b) - peso(a))[0];
  if (todas && mayor !== undefined) {
    const suma = [...metas.values()].reduce((a, b) => a + b, 0n);
    metas.set(mayor, (metas.get(mayor) ?? 0n) + BigInt(nacional) - suma);
  }
  return metas;
}
