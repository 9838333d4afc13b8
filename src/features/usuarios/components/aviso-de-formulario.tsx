import { Aviso } from "@/components/ui/aviso";

export type AvisoDeFormulario = { tipo: "error" | "exito"; texto: string } | null;

export function AvisoFormulario({ aviso }: { aviso: AvisoDeFormulario }) {
  return aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null;
}
