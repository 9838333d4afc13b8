/**
 * A centro created in a test exists, like any new centro, from the running vigencia on (decisión
 * 0020). Fixtures that report in earlier vigencias say so: this is the nested create of its rows in
 * them, with the centro's own marks.
 */
export function enVigencias(
  vigenciaIds: number[],
  marcas: { generaAprovechamiento?: boolean; activo?: boolean; requiereRecursos?: boolean } = {},
) {
  return {
    createMany: {
      data: vigenciaIds.map((vigenciaId) => ({
        vigenciaId,
        activo: marcas.activo ?? true,
        generaAprovechamiento: marcas.generaAprovechamiento ?? false,
        requiereRecursos: marcas.requiereRecursos ?? true,
      })),
      skipDuplicates: true,
    },
  };
}
