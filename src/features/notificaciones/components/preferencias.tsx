"use client";

import { useState, type FormEvent } from "react";
import { Aviso } from "@/components/ui/aviso";
import { useAccion } from "@/components/ui/use-accion";
import { guardarPreferencias } from "../actions";
import { NOMBRE_TIPO_NOTIFICACION } from "../etiquetas";
import type { PreferenciaVista } from "../queries";
import { BotonEnviar } from "@/components/ui/boton-enviar";

/**
 * Every notification appears in the application; here the user chooses which also arrive by
 * e-mail. Mandatory ones are shown checked and cannot be unchecked, with the reason.
 */
export function PreferenciasNotificaciones({ preferencias }: { preferencias: PreferenciaVista[] }) {
  const [correo, setCorreo] = useState(() => new Map(preferencias.map((p) => [p.tipo, p.correo])));
  const { aviso, pendiente, ejecutar } = useAccion();

  if (preferencias.length === 0) {
    return <p className="text-slate-700">Su rol no recibe notificaciones: no presenta ni revisa reportes.</p>;
  }

  const guardar = (evento: FormEvent) => {
    evento.preventDefault();
    const sinCorreo = preferencias.filter((p) => !p.obligatoria && !correo.get(p.tipo)).map((p) => p.tipo);
    void ejecutar(() => guardarPreferencias({ sinCorreo }), {
      exito: "Se guardaron sus preferencias de correo.",
    });
  };

  return (
    <form onSubmit={guardar} aria-label="Preferencias de correo" className="space-y-4">
      <fieldset>
        <legend className="mb-3 text-sm text-slate-700">
          Todas las notificaciones aparecen en la campana de la aplicación. Marque las que quiere recibir
          también por correo electrónico.
        </legend>
        <ul className="space-y-2">
          {preferencias.map((p) => {
            const id = `correo-${p.tipo}`;
            return (
              <li key={p.tipo} className="flex items-start gap-3">
                <input
                  id={id}
                  type="checkbox"
                  checked={correo.get(p.tipo) ?? true}
                  disabled={p.obligatoria}
                  aria-describedby={p.obligatoria ? `${id}-obligatoria` : undefined}
                  onChange={(e) => setCorreo(new Map(correo).set(p.tipo, e.target.checked))}
                  className="mt-0.5 size-5 shrink-0 accent-sena-700"
                />
                <label htmlFor={id} className="text-slate-900">
                  {NOMBRE_TIPO_NOTIFICACION[p.tipo]}
                  {p.obligatoria ? (
                    <span id={`${id}-obligatoria`} className="block text-sm text-slate-600">
                      Obligatoria: exige una acción suya, así que siempre llega también por correo.
                    </span>
                  ) : null}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <BotonEnviar pendiente={pendiente} enviando="Guardando…">
        Guardar preferencias
      </BotonEnviar>
    </form>
  );
}
