/** The action's goal: every sale invoiced with a documento equivalente a factura (DEF). */
export const META_DEF = 1;

/**
 * Below this share of sales invoiced with DEF a centro is flagged for follow-up. Fixed for every
 * user so that two people looking at the same vigencia see the same centros flagged.
 */
export const UMBRAL_DEF = 0.9;

/** Null when there is nothing to judge (no sales): "No aplica", neither below nor above. */
export function bajoElUmbral(razon: number | null): boolean | null {
  return razon === null ? null : razon < UMBRAL_DEF;
}
