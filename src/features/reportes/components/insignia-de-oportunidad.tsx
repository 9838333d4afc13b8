import { Insignia } from "@/components/ui/insignia";
import type { Oportunidad } from "@/lib/oportunidad";
import { describirOportunidad } from "@/lib/etiquetas";

export function InsigniaDeOportunidad({ oportunidad }: { oportunidad: Oportunidad }) {
  const { texto, tono } = describirOportunidad(oportunidad);
  return <Insignia tono={tono}>{texto}</Insignia>;
}
