/**
 * The console's language: Chinese first, English by the switch in the header, remembered in
 * localStorage. `t(key, values)` reads the dictionary of the current language and fills `{name}`s;
 * `tEnum(prefix, value)` shows an enum value (status, severity, outcome) through the dictionary and
 * falls back to the raw value for one the dictionary does not know yet.
 */
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { en } from "./en";
import { zh, type MessageKey } from "./zh";

export type Language = "zh" | "en";
export type { MessageKey };

export const LANGUAGE_STORAGE_KEY = "lianhe.lang";
const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { zh, en };

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translate(language: Language, key: MessageKey, values?: Record<string, string | number>) {
  const text = DICTIONARIES[language][key] ?? key;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** An enum value through the dictionary (`status`, `APPLYING` → 申请中), else the value itself. */
  tEnum(prefix: string, value: string | null | undefined): string;
  /** A node's name in the UI language: the English name when there is one, else the name. */
  name(node: { name: string; nameEn?: string | null } | null | undefined): string;
  /** The value of the header Accept-Language for the hub. */
  acceptLanguage: string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // private mode: the switch still works for this page
    }
    document.documentElement.lang = next === "zh" ? "zh-CN" : "en";
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const t: Translate = (key, values) => translate(language, key, values);
    const dictionary = DICTIONARIES[language] as Record<string, string>;
    return {
      language,
      setLanguage,
      t,
      tEnum: (prefix, raw) => (raw == null ? "" : (dictionary[`${prefix}.${raw}`] ?? raw)),
      name: (node) => (node ? (language === "en" && node.nameEn ? node.nameEn : node.name) : ""),
      acceptLanguage: language === "zh" ? "zh-CN,zh;q=0.9,en;q=0.5" : "en",
    };
  }, [language, setLanguage]);
  return createElement(I18nContext.Provider, { value }, children);
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
