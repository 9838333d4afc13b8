import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Seguimiento al Plan de Acción", template: "%s · Plan de Acción SENA" },
  description: "Seguimiento al Plan de Acción del Grupo de Recaudo y Cartera del SENA",
  icons: { icon: "/favicon.svg" },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Rendered per request, every page included (the 404 too): Next.js puts the request's CSP nonce
 * (src/proxy.ts) on its scripts only when it renders the page then.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await headers();
  return (
    <html lang="es-CO">
      <body className="font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
