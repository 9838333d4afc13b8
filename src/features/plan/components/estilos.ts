/** Long Spanish texts: the box grows with its content (where supported) instead of hiding it. */
export const CRECE_CON_EL_TEXTO = "field-sizing-content min-h-16 resize-y";
