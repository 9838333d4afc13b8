/** The button styles of the application, one of each kind. */
export const BOTON_PRINCIPAL =
  "rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800 disabled:opacity-60";
export const BOTON_NEUTRO =
  "rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-60";
export const BOTON_PELIGRO =
  "rounded-md border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60";
export const BOTON_PEQUENO =
  "rounded-md border border-slate-400 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-40";
