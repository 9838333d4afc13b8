import { useWatch, type Control } from "react-hook-form";
import { formatearCop } from "@/lib/dinero";
import { leerMeta, sumarMetas } from "@/lib/metas";
import type { MetasDelFormulario, MetasValidadas } from "../schemas";

/** The sum of the regional goals as they are being typed; invalid amounts are left out and counted. */
export function SumaEnVivo({
  control,
  testId,
}: {
  control: Control<MetasDelFormulario, unknown, MetasValidadas>;
  testId: string;
}) {
  const regionales = useWatch({ control, name: "regionales" });
  const lecturas = regionales.map((r) => leerMeta(r.monto));
  const suma = sumarMetas(lecturas.map((l) => (l.ok ? l.monto : null)));
  const invalidos = lecturas.filter((l) => !l.ok).length;
  return (
    <output data-testid={testId} className="flex flex-col items-end tabular-nums">
      {formatearCop(suma)}
      {invalidos > 0 ? (
        <span className="text-xs font-normal text-red-700">
          {invalidos === 1
            ? "1 monto no válido no se cuenta"
            : `${invalidos} montos no válidos no se cuentan`}
        </span>
      ) : null}
    </output>
  );
}
