/**
 * A table builder kept per figures object: the figures come from the dashboards' cache
 * (`enCache`, one object per arguments and generation), so the same object always yields the
 * same tables and a request reuses what an earlier one built instead of building every row of the
 * country again. The rest of the arguments must be those the figures were computed for.
 */
export function porDatos<D extends object, A extends unknown[], T>(
  construir: (datos: D, ...resto: A) => T,
): (datos: D, ...resto: A) => T {
  const hechas = new WeakMap<D, T>();
  return (datos, ...resto) => {
    if (hechas.has(datos)) return hechas.get(datos)!;
    const tablas = construir(datos, ...resto);
    hechas.set(datos, tablas);
    return tablas;
  };
}
