import "server-only";
import { ErrorDeNegocio } from "./errores";

export const MENSAJE_CONFLICTO =
  "Otra persona guardó estos datos después de que usted los abrió. Sus cambios no se guardaron para no " +
  "borrar los de ella: recargue la página, revise lo actual y vuelva a aplicarlos.";

/**
 * Optimistic locking, the one way: `actualizar` writes with `version: versionLeida` in its WHERE
 * and increments it; when nobody saved since the user read it exactly one row changes. Otherwise
 * nothing was written and the user is told. Returns the new version.
 */
export async function conVersion(
  actualizar: (condicion: { version: number }) => Promise<{ count: number }>,
  versionLeida: number,
  mensaje: string = MENSAJE_CONFLICTO,
): Promise<number> {
  const { count } = await actualizar({ version: versionLeida });
  if (count === 0) throw new ErrorDeNegocio(mensaje);
  return versionLeida + 1;
}
