import type { Formulario } from "@/lib/seguimientos/declaracion";

// The documents a seguimiento's form declares (fields of kind «documento»): what the evidence panel
// offers to attach and what a submission requires.

export interface Documento {
  clave: string;
  etiqueta: string;
  obligatorio: boolean;
}

export function documentosDe(formulario: Formulario): Documento[] {
  return formulario.campos.flatMap((c) =>
    c.tipo === "documento" ? [{ clave: c.clave, etiqueta: c.etiqueta, obligatorio: c.obligatorio }] : [],
  );
}

/** The heading of a report's files: its one declared document, or its supporting files. */
export function tituloDeLosArchivos(formulario: Formulario): string {
  const documentos = documentosDe(formulario);
  if (documentos.length === 1) return documentos[0]!.etiqueta.replace(/\s*\(PDF\)$/, "");
  return documentos.length === 0 ? "Archivos de soporte" : "Documentos y soportes";
}
