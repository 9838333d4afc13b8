import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">No encontramos lo que busca</h1>
      <p className="mt-2 text-slate-700">La página no existe o usted no tiene permiso para verla.</p>
      <Link href="/obligaciones" className="mt-6 inline-block font-medium text-sena-700 underline">
        Volver a Mis obligaciones
      </Link>
    </main>
  );
}
