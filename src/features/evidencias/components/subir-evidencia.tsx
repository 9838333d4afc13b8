"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Aviso } from "@/components/ui/aviso";
import { BotonEnviar } from "@/components/ui/boton-enviar";
import { CampoArchivo } from "@/components/ui/campo-archivo";
import { useAccion } from "@/components/ui/use-accion";
import { subirEvidencia } from "../actions";
import { problemaDelArchivo } from "../revisar-archivo";

const ID = "evidencia-archivo";

/**
 * Upload form of its own, apart from the report form: a failed upload never touches what the user
 * typed there, and a successful one refreshes the list without reloading the page.
 */
export function SubirEvidencia(props: { reporteId: number; limiteMb: number; esActa: boolean }) {
  const router = useRouter();
  const entrada = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const { aviso, setAviso, pendiente, ejecutar } = useAccion();

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
    const datos = new FormData();
    datos.set("reporteId", String(props.reporteId));
    datos.set("archivo", archivo);
    const resultado = await ejecutar(() => subirEvidencia(datos), {
      exito: (subido) => `Se adjuntó «${subido.nombreArchivo}».`,
      alRechazar: (errores) => setError(errores?.archivo?.[0] ?? null),
    });
    if (!resultado.ok) {
      entrada.current?.focus();
      return;
    }
    if (entrada.current) entrada.current.value = "";
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
      {aviso && aviso.texto !== error ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <BotonEnviar pendiente={pendiente} enviando="Adjuntando…" ancho="w-full sm:w-auto">
        Adjuntar archivo
      </BotonEnviar>
    </form>
  );
}
