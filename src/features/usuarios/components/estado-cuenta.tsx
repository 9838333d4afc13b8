import { Badge } from "@/components/ui/badge";

/** Whether the account can be used, and whether it still waits for its first own password. */
export function EstadoCuenta(props: { activo: boolean; debeCambiarClave: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {props.activo ? <Badge tono="verde">Activa</Badge> : <Badge tono="gris">Inactiva</Badge>}
      {props.activo && props.debeCambiarClave ? <Badge tono="ambar">Contraseña temporal</Badge> : null}
    </span>
  );
}
