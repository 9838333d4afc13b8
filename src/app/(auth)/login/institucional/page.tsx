import type { Metadata } from "next";
import Link from "next/link";
import { explicacionDelRechazo } from "@/features/acceso/institucional";

export const metadata: Metadata = { title: "Ingreso con la cuenta institucional" };

/** Where a refused institutional sign-in lands: why, and whom to ask. Nothing was created. */
export default async function IngresoInstitucionalPage(props: {
  searchParams: Promise<{ motivo?: string; espera?: string; referencia?: string }>;
}) {
  const { motivo, espera, referencia } = await props.searchParams;
  const { titulo, texto } = explicacionDelRechazo(
    motivo,
    Number(espera) || undefined,
    /^[0-9a-f-]{36}$/.test(referencia ?? "") ? referencia : undefined,
  );
  return (
    <section
      aria-labelledby="titulo-rechazo"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h1 id="titulo-rechazo" className="mb-3 text-lg font-semibold text-slate-900">
        {titulo}
      </h1>
      <p className="text-slate-800">{texto}</p>
      <p className="mt-5">
        <Link href="/login" className="font-medium text-sena-700 underline hover:text-sena-800">
          Volver a la página de ingreso
        </Link>
      </p>
    </section>
  );
}
