import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Seguimiento al Plan de Acción", template: "%s · Plan de Acción SENA" },
  description: "Seguimiento al Plan de Acción del Grupo de Recaudo y Cartera del SENA",
  icons: { icon: "/favicon.svg" },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es-CO">
      <body className="font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
