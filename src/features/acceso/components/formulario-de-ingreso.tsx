"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ingresarConCredenciales } from "../cliente";
import { mensajeDeIngreso } from "../mensajes";
import type { credencialesSchema as Esquema } from "../schemas";
import { BotonEnviar } from "@/components/ui/boton-enviar";

// The schema (and zod with it) loads when the person starts typing, not with the page: /login
// stays light, and the form still validates with the same rules as the server.
let esquema: Promise<typeof Esquema> | undefined;
function cargarEsquema(): Promise<typeof Esquema> {
  esquema ??= import("../schemas").then(
    (m) => m.credencialesSchema,
    (error: unknown) => {
      esquema = undefined; // offline: the next attempt loads it again
      throw error;
    },
  );
  return esquema;
}

type Campo = "email" | "password";

export function FormularioDeIngreso({
  destino,
  institucional = false,
}: {
  destino: string;
  institucional?: boolean;
}) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errores, setErrores] = useState<Partial<Record<Campo, string>>>({});
  const [mensaje, setMensaje] = useState<string | null>(null);
  const [enviando, setEnviando] = useState(false);

  async function onSubmit(evento: FormEvent<HTMLFormElement>) {
    evento.preventDefault();
    setMensaje(null);
    const validador = await cargarEsquema().catch(() => null);
    if (!validador) {
      setMensaje(mensajeDeIngreso("SinConexion", institucional));
      return;
    }
    const parsed = validador.safeParse({ email, password });
    if (!parsed.success) {
      const campos = parsed.error.flatten().fieldErrors;
      setErrores({ email: campos.email?.[0], password: campos.password?.[0] });
      return;
    }
    setErrores({});
    setEnviando(true);
    const error = await ingresarConCredenciales(parsed.data, destino);
    if (!error) {
      router.replace(destino);
      router.refresh();
      return;
    }
    setEnviando(false);
    setMensaje(mensajeDeIngreso(error, institucional));
  }

  return (
    <form
      onSubmit={onSubmit}
      onFocus={() => void cargarEsquema().catch(() => undefined)}
      noValidate
      className="space-y-5"
    >
      {mensaje ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {mensaje}
        </p>
      ) : null}
      <Campo
        id="email"
        etiqueta="Correo electrónico"
        tipo="email"
        autoComplete="username"
        valor={email}
        onChange={setEmail}
        error={errores.email}
      />
      <Campo
        id="password"
        etiqueta="Contraseña"
        tipo="password"
        autoComplete="current-password"
        valor={password}
        onChange={setPassword}
        error={errores.password}
      />
      <BotonEnviar pendiente={enviando} enviando="Ingresando…" ancho="w-full">
        Ingresar
      </BotonEnviar>
    </form>
  );
}

function Campo(props: {
  id: Campo;
  etiqueta: string;
  tipo: string;
  autoComplete: string;
  valor: string;
  onChange: (valor: string) => void;
  error: string | undefined;
}) {
  const idError = `${props.id}-error`;
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.etiqueta}
      </label>
      <input
        id={props.id}
        name={props.id}
        type={props.tipo}
        autoComplete={props.autoComplete}
        value={props.valor}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? idError : undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-slate-900 aria-invalid:border-red-600"
      />
      {props.error ? (
        <p id={idError} className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
