// Demo centros, users and recaudo metas.

import { type Prisma, type PrismaClient } from "@/generated/prisma/client";
import { cifrarClave } from "@/server/claves";
import {
  ANIO_DEMO,
  CENTRO_SUBDIRECTOR,
  CENTRO_SUBDIRECTOR_2,
  centrosDemo,
  metasRegionales,
  PERIODOS_META,
  sqlCentrosDemoEnVigencias,
  USUARIOS_DEMO,
} from "./datos";
import { Log } from "./tipos";

export async function sembrarCentros(prisma: PrismaClient, log: Log): Promise<void> {
  const regionales = await prisma.regional.findMany({ select: { id: true, codigo: true } });
  const regionalPorCodigo = new Map(regionales.map((r) => [r.codigo, r.id]));
  const datos: Prisma.CentroCreateManyInput[] = [];
  for (const centro of centrosDemo()) {
    const regionalId = regionalPorCodigo.get(centro.regionalCodigo);
    if (regionalId === undefined) continue;
    datos.push({
      codigo: centro.codigo,
      nombre: centro.nombre,
      regionalId,
      generaAprovechamiento: centro.generaAprovechamiento,
      requiereRecursos: centro.requiereRecursos,
    });
  }
  const { count } = await prisma.centro.createMany({ data: datos, skipDuplicates: true });
  await prisma.$executeRawUnsafe(sqlCentrosDemoEnVigencias(ANIO_DEMO));
  log(`Centros de demostración: ${datos.length} definidos, ${count} nuevos`);
}

export async function sembrarUsuarios(prisma: PrismaClient, log: Log, contrasena: string): Promise<void> {
  const existentes = await prisma.user.findMany({
    where: { email: { in: USUARIOS_DEMO.map((u) => u.email) } },
    select: { email: true },
  });
  const yaExisten = new Set(existentes.map((u) => u.email));
  const faltantes = USUARIOS_DEMO.filter((u) => !yaExisten.has(u.email));
  if (faltantes.length === 0) {
    log(`Usuarios de demostración: ${USUARIOS_DEMO.length} ya existían, sin cambios`);
    return;
  }

  const centros = await prisma.centro.findMany({
    where: { codigo: { in: [CENTRO_SUBDIRECTOR, CENTRO_SUBDIRECTOR_2] } },
    select: { id: true, codigo: true },
  });
  const centroPorCodigo = new Map(centros.map((c) => [c.codigo, c.id]));
  // One hash per new user (each with its own salt); argon2id is slow, so in parallel.
  const hashes = await Promise.all(faltantes.map(() => cifrarClave(contrasena)));
  const { count } = await prisma.user.createMany({
    data: faltantes.map((usuario, i) => ({
      email: usuario.email,
      nombre: usuario.nombre,
      rol: usuario.rol,
      passwordHash: hashes[i] ?? "",
      centroId: usuario.centroCodigo ? (centroPorCodigo.get(usuario.centroCodigo) ?? null) : null,
    })),
    skipDuplicates: true,
  });
  log(`Usuarios de demostración: ${count} nuevos, ${yaExisten.size} ya existían (sin cambios)`);
}

export async function sembrarMetas(prisma: PrismaClient, log: Log): Promise<void> {
  const regionales = await prisma.regional.findMany({ select: { id: true, codigo: true } });
  const vigencias = await prisma.vigencia.findMany({
    where: { anio: { in: [2020, ANIO_DEMO] } },
    select: { id: true, anio: true },
  });
  const datos: Prisma.MetaRecaudoCreateManyInput[] = [];
  for (const periodo of PERIODOS_META) {
    const vigencia = vigencias.find((v) => periodo.startsWith(`${v.anio}-`));
    if (!vigencia) continue;
    const metas = metasRegionales(
      periodo,
      regionales.map((r) => r.codigo),
    );
    let nacional = 0n;
    for (const regional of regionales) {
      const monto = metas.get(regional.codigo) ?? 0n;
      nacional += monto;
      datos.push({
        vigenciaId: vigencia.id,
        periodo,
        regionalId: regional.id,
        ambito: String(regional.id),
        monto,
      });
    }
    datos.push({ vigenciaId: vigencia.id, periodo, regionalId: null, ambito: "NACIONAL", monto: nacional });
  }
  const { count } = await prisma.metaRecaudo.createMany({ data: datos, skipDuplicates: true });
  log(`Metas de recaudo: ${datos.length} definidas, ${count} nuevas`);
}
