import { Badge } from "@/components/ui/badge";
import type { EstadoObligacion } from "@/lib/oportunidad";
import { ESTADO } from "@/lib/etiquetas";

export function EstadoBadge({ estado }: { estado: EstadoObligacion }) {
  const { nombre, tono } = ESTADO[estado];
  return <Badge tono={tono}>{nombre}</Badge>;
}
