"use client";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">Ocurrió un error inesperado</h1>
      <p className="mt-2 text-slate-700">
        No pudimos completar la operación. Intente de nuevo; si el problema continúa, informe este código al
        administrador: <code>{error.digest ?? "sin código"}</code>.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-sena-700 px-4 py-2 font-semibold text-white"
      >
        Intentar de nuevo
      </button>
    </main>
  );
}
