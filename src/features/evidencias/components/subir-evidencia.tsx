"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { CampoArchivo } from "@/components/ui/campo-archivo";
import { llamarAccion } from "@/components/ui/formulario";
import { subirEvidencia } from "../actions";
import { problemaDelArchivo } from "../revisar-archivo";

const ID = "evidencia-archivo";
const SIN_CONEXION = "No se pudo enviar el archivo. Revise su conexión e intente de nuevo.";

function enviar(reporteId: number, archivo: File) {
  const datos = new FormData();
  datos.set("reporteId", String(reporteId));
  datos.set("archivo", archivo);
  return llamarAccion(() => subirEvidencia(datos), SIN_CONEXION);
}

/**
 * Upload form of its own, apart from the report form: a failed upload never touches what the user
 * typed there, and a successful one refreshes the list without reloading the page.
 */
export function SubirEvidencia(props: { reporteId: number; limiteMb: number; esActa: boolean }) {
  const router = useRouter();
  const entrada = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [aviso, setAviso] = useState<string | null>(null);
  const [subiendo, setSubiendo] = useState(false);

  async function alEnviar(evento: FormEvent<HTMLFormElement>) {
    evento.preventDefault();
    setError(null);
    setAviso(null);
    const archivo = entrada.current?.files?.[0];
    const problema = await problemaDelArchivo(props.reporteId, archivo, props.limiteMb);
    if (problema || !archivo) {
      setError(problema);
      entrada.current?.focus();
      return;
    }
    setSubiendo(true);
    const resultado = await enviar(props.reporteId, archivo);
    setSubiendo(false);
    if (!resultado.ok) {
      setError(resultado.fieldErrors?.archivo?.[0] ?? resultado.message);
      return;
    }
    if (entrada.current) entrada.current.value = "";
    setAviso(`Se adjuntó «${resultado.data.nombreArchivo}».`);
    router.refresh();
  }

  return (
    <form
      noValidate
      onSubmit={alEnviar}
      aria-label={props.esActa ? "Adjuntar el acta" : "Adjuntar un soporte"}
      className="space-y-3"
    >
      <CampoArchivo
        id={ID}
        etiqueta={props.esActa ? "Acta en PDF" : "Soporte en PDF"}
        accept="application/pdf,.pdf"
        ayuda={`Solo archivos PDF, de hasta ${props.limiteMb.toLocaleString("es-CO")} MB.`}
        error={error}
        ref={entrada}
        alCambiar={() => setError(null)}
      />
      {aviso ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {aviso}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={subiendo}
        className="w-full rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800 disabled:opacity-60 sm:w-auto"
      >
        {subiendo ? "Adjuntando…" : "Adjuntar archivo"}
      </button>
    </form>
  );
}
