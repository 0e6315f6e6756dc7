/**
 * The optional bearer token, kept in localStorage under `lianhe.token` (the sign-in page writes it).
 * The client is made anew when it changes, so every request after sign-in carries it.
 */
import { useEffect, useState } from "react";

export const TOKEN_STORAGE_KEY = "lianhe.token";
const CHANGED = "lianhe-token-changed";

export function readToken(): string | null {
  try {
    const token = localStorage.getItem(TOKEN_STORAGE_KEY);
    return token && token.trim() ? token.trim() : null;
  } catch {
    return null;
  }
}

/** Stores the token (null: signs out) and tells every useToken(). */
export function writeToken(token: string | null): void {
  try {
    if (token && token.trim()) localStorage.setItem(TOKEN_STORAGE_KEY, token.trim());
    else localStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // private mode: the token lives as long as the page
  }
  window.dispatchEvent(new Event(CHANGED));
}

export function useToken(): string | null {
  const [token, setToken] = useState(readToken);
  useEffect(() => {
    const update = () => setToken(readToken());
    window.addEventListener(CHANGED, update);
    window.addEventListener("storage", update); // another tab signed in or out
    return () => {
      window.removeEventListener(CHANGED, update);
      window.removeEventListener("storage", update);
    };
  }, []);
  return token;
}
