/**
 * Hash routing (`#/coverage`, `#/lab?id=…`): the hub serves one index.html at /, and a link to a page
 * still works when pasted. `useRoute()` gives the page and its parameters; `href()` makes a link.
 */
import { useEffect, useState } from "react";

export const PAGES = [
  "overview",
  "coverage",
  "applications",
  "what-if",
  "duplicates",
  "collaboration",
  "lab",
  "live",
  "export",
  "import",
  "sign-in",
] as const;
export type PageId = (typeof PAGES)[number];

export interface Route {
  page: PageId | null;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const page = path === "" ? "overview" : path;
  return {
    page: (PAGES as readonly string[]).includes(page) ? (page as PageId) : null,
    params: new URLSearchParams(query),
  };
}

export function href(page: PageId, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : "";
  return `#/${page}${query ? `?${query}` : ""}`;
}

export function navigate(page: PageId, params?: Record<string, string>): void {
  window.location.hash = href(page, params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}
