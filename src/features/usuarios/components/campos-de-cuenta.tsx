import type { UseFormRegisterReturn } from "react-hook-form";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import type { RegionalConCentros } from "../queries";
import { ROLES } from "../schemas";
import { OpcionesDeCentro } from "./opciones-de-centro";

function CampoRol(props: { registro: UseFormRegisterReturn; error?: string; ayuda?: string }) {
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
function CampoCentro(props: {
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

/**
 * The name, role and centro of an account, as creating and editing it ask them. Choosing a role
 * other than subdirector empties the centro (`quitarCentro`), which only subdirectors have.
 */
export function CamposDeCuenta(props: {
  nombre: UseFormRegisterReturn;
  rol: UseFormRegisterReturn;
  centro: UseFormRegisterReturn;
  quitarCentro: () => void;
  errores: { nombre?: string; rol?: string; centroId?: string };
  esSubdirector: boolean;
  regionales: RegionalConCentros[];
  ayudaRol?: string;
}) {
  const rol: UseFormRegisterReturn = {
    ...props.rol,
    onChange: async (evento: { target: { value: string } }) => {
      await props.rol.onChange(evento);
      if (evento.target.value !== "SUBDIRECTOR") props.quitarCentro();
    },
  };
  return (
    <>
      <Campo id="nombre" etiqueta="Nombre completo" error={props.errores.nombre}>
        {(atributos) => (
          <input {...atributos} {...props.nombre} type="text" autoComplete="off" className={CLASE_ENTRADA} />
        )}
      </Campo>
      <CampoRol registro={rol} error={props.errores.rol} ayuda={props.ayudaRol} />
      {props.esSubdirector ? (
        <CampoCentro registro={props.centro} regionales={props.regionales} error={props.errores.centroId} />
      ) : null}
    </>
  );
}
