"use client";

import { useRouter } from "next/navigation";
import { Aviso } from "@/components/ui/aviso";
import type { ResultadoAccion } from "@/server/operacion";
import {
  eliminarAccion,
  eliminarLineamiento,
  eliminarSeguimiento,
  eliminarTema,
  eliminarVigencia,
} from "../actions";
import { useAnunciar } from "./anuncios";
import { Candado } from "./candado";
import { BOTON_PELIGRO } from "@/components/ui/botones";
import { AccionConfirmada } from "@/components/ui/confirmacion";
import { useAccion } from "@/components/ui/use-accion";

const ETIQUETA = {
  tema: { boton: "Eliminar tema", hecho: "Tema eliminado." },
  lineamiento: { boton: "Eliminar lineamiento", hecho: "Lineamiento eliminado." },
  accion: { boton: "Eliminar acción", hecho: "Acción eliminada." },
  seguimiento: { boton: "Eliminar seguimiento", hecho: "Seguimiento eliminado." },
  vigencia: { boton: "Eliminar vigencia", hecho: "Vigencia eliminada." },
} as const;

const ELIMINAR: Record<keyof typeof ETIQUETA, (input: unknown) => Promise<ResultadoAccion<unknown>>> = {
  tema: eliminarTema,
  lineamiento: eliminarLineamiento,
  accion: eliminarAccion,
  seguimiento: eliminarSeguimiento,
  vigencia: eliminarVigencia,
};

/**
 * Deleting takes a second, explicit confirmation that says what goes with the node. A node whose
 * seguimientos have reports shows why it cannot be deleted instead of the button.
 */
export function BotonEliminar(props: {
  tipo: keyof typeof ETIQUETA;
  valores: Record<string, number>;
  /** "el tema «2.1.4.3 …» con sus 2 lineamientos", shown in the confirmation. */
  descripcion: string;
  bloqueo: string | null;
  /** What takes the focus once this is gone, as a CSS selector: the parent's heading, say. */
  enfocar: string;
  /** The button's accessible name when the visible label is not enough (a row of a table). */
  nombreAccesible?: string;
}) {
  const router = useRouter();
  const anunciar = useAnunciar();
  const { aviso, pendiente, ejecutar } = useAccion();
  const etiqueta = ETIQUETA[props.tipo];

  if (props.bloqueo) {
    return (
      <p className="text-sm text-slate-700">
        <Candado />
        {props.bloqueo}
      </p>
    );
  }

  async function eliminar() {
    const resultado = await ejecutar(() => ELIMINAR[props.tipo](props.valores));
    if (!resultado.ok) return;
    anunciar(etiqueta.hecho);
    document.querySelector<HTMLElement>(props.enfocar)?.focus();
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <AccionConfirmada
        boton={etiqueta.boton}
        claseBoton={BOTON_PELIGRO}
        nombreAccesible={props.nombreAccesible}
        pregunta={`¿Eliminar ${props.descripcion}? No se puede deshacer.`}
        confirmar="Sí, eliminar"
        confirmando="Eliminando…"
        claseConfirmar={BOTON_PELIGRO}
        pendiente={pendiente}
        alConfirmar={eliminar}
      />
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
    </div>
  );
}
