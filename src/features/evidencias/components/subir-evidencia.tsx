"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Aviso } from "@/components/ui/aviso";
import { BotonEnviar } from "@/components/ui/boton-enviar";
import { CampoArchivo } from "@/components/ui/campo-archivo";
import { useAccion } from "@/components/ui/use-accion";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { subirEvidencia } from "../actions";
import type { Documento } from "../documentos";
import { problemaDelArchivo } from "../revisar-archivo";

const ID = "evidencia-archivo";

const sinPdf = (etiqueta: string) => etiqueta.replace(/\s*\(PDF\)$/, "");

/**
 * Upload form of its own, apart from the report form: a failed upload never touches what the user
 * typed there, and a successful one refreshes the list without reloading the page.
 */
export function SubirEvidencia(props: { reporteId: number; limiteMb: number; documentos: Documento[] }) {
  const router = useRouter();
  const entrada = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const { aviso, setAviso, pendiente, ejecutar } = useAccion();
  // One declared document: every file backs it. Several: the user says which, or a general support.
  const [campo, setCampo] = useState<string>(props.documentos.length === 1 ? props.documentos[0]!.clave : "");
  const unico = props.documentos.length === 1 ? props.documentos[0]! : null;
  const nombre = unico ? sinPdf(unico.etiqueta) : null;

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
    if (campo) datos.set("campo", campo);
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
      aria-label={nombre ? `Adjuntar: ${nombre}` : "Adjuntar un soporte"}
      className="space-y-3"
    >
      {props.documentos.length > 1 ? (
        <Campo id={`${ID}-documento`} etiqueta="Documento">
          {(a) => (
            <select {...a} value={campo} onChange={(e) => setCampo(e.target.value)} className={CLASE_ENTRADA}>
              {props.documentos.map((d) => (
                <option key={d.clave} value={d.clave}>
                  {sinPdf(d.etiqueta)}
                </option>
              ))}
              <option value="">Otro archivo de soporte</option>
            </select>
          )}
        </Campo>
      ) : null}
      <CampoArchivo
        id={ID}
        etiqueta={nombre ? `${nombre} en PDF` : "Soporte en PDF"}
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
