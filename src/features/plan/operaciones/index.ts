// The plan's write operations, one file per kind of node; `actions.ts` and the tests import them here.
export { crearVigencia, eliminarVigencia } from "./vigencias";
export { crearTema, editarTema, eliminarTema } from "./temas";
export { crearLineamiento, editarLineamiento, eliminarLineamiento } from "./lineamientos";
export { crearAccion, editarAccion, eliminarAccion } from "./acciones";
export { crearSeguimiento, editarSeguimiento, eliminarSeguimiento } from "./seguimientos";
export { importarArchivoDelPlan, previsualizarArchivoDelPlan } from "./archivo";
