"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function EnlacesDeNavegacion({ enlaces }: { enlaces: { href: string; etiqueta: string }[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {enlaces.map((e) => {
        const activo = pathname === e.href || pathname.startsWith(`${e.href}/`);
        return (
          <li key={e.href}>
            <Link
              href={e.href}
              aria-current={activo ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap ${
                activo ? "bg-white text-sena-800" : "text-white hover:bg-sena-800"
              }`}
            >
              {e.etiqueta}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
