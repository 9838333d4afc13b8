import { Insignia } from "@/components/ui/insignia";

/** Whether the account can be used, and whether it still waits for its first own password. */
export function EstadoCuenta(props: { activo: boolean; debeCambiarClave: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {props.activo ? <Insignia tono="verde">Activa</Insignia> : <Insignia tono="gris">Inactiva</Insignia>}
      {props.activo && props.debeCambiarClave ? <Insignia tono="ambar">Contraseña temporal</Insignia> : null}
    </span>
  );
}
