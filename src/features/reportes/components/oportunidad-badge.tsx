import { Badge } from "@/components/ui/badge";
import type { Oportunidad } from "@/lib/oportunidad";
import { describirOportunidad } from "@/lib/etiquetas";

export function OportunidadBadge({ oportunidad }: { oportunidad: Oportunidad }) {
  const { texto, tono } = describirOportunidad(oportunidad);
  return <Badge tono={tono}>{texto}</Badge>;
}
