const NOMBRE_ETAPA: Record<string, string> = {
  VENCIDO: "vencidos",
  ESCALAMIENTO: "escalados a su responsable",
  ESCALAMIENTO_COPIA: "escalados a la coordinación",
  CORRECCION_VENCIDA: "correcciones vencidas",
  REVISION_VENCIDA: "revisiones vencidas",
  RESUMEN_SEMANAL: "resúmenes semanales",
};

function nombreDeEtapa(etapa: string): string {
  const previo = /^(CORRECCION_)?PREVIO_(\d+)$/.exec(etapa);
  if (previo) {
    const dias = previo[2] === "1" ? "1 día" : `${previo[2]} días`;
    return previo[1] ? `correcciones a ${dias} de vencer` : `recordatorios a ${dias} del vencimiento`;
  }
  return NOMBRE_ETAPA[etapa] ?? etapa;
}

/** "3 recordatorios a 7 días del vencimiento, 1 vencidos", or that nothing new was due. */
export function describirConteos(porEtapa: Record<string, number>): string {
  const partes = Object.entries(porEtapa)
    .filter(([, n]) => n > 0)
    .map(([etapa, n]) => `${n} ${nombreDeEtapa(etapa)}`);
  return partes.length > 0 ? partes.join(", ") : "nada nuevo que avisar";
}
