import type { UseFormRegisterReturn } from "react-hook-form";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import type { RegionalConCentros } from "../queries";
import { ROLES } from "../schemas";
import { OpcionesDeCentro } from "./opciones-de-centro";

export function CampoRol(props: { registro: UseFormRegisterReturn; error?: string; ayuda?: string }) {
  return (
    <Campo id="rol" etiqueta="Rol" error={props.error} ayuda={props.ayuda}>
      {(atributos) => (
        <select {...atributos} {...props.registro} className={CLASE_ENTRADA}>
          <option value="">Elija el rol…</option>
          {ROLES.map((rol) => (
            <option key={rol} value={rol}>
              {NOMBRE_ROL[rol]}
            </option>
          ))}
        </select>
      )}
    </Campo>
  );
}

/** Only subdirectors have a centro, so the field appears only for them. */
export function CampoCentro(props: {
  registro: UseFormRegisterReturn;
  regionales: RegionalConCentros[];
  error?: string;
}) {
  return (
    <Campo
      id="centroId"
      etiqueta="Centro de formación"
      error={props.error}
      ayuda="El subdirector verá y reportará solo lo de este centro."
    >
      {(atributos) => (
        <select {...atributos} {...props.registro} className={CLASE_ENTRADA}>
          <option value="">Elija el centro…</option>
          <OpcionesDeCentro regionales={props.regionales} />
        </select>
      )}
    </Campo>
  );
}
