/**
 * A property's name as the reader's language says it: the Chinese names are the import template's
 * own (src/transfer/names-zh.ts, one dictionary for workbooks and console), English keeps the model's
 * name.
 */
import { PROPERTY_ZH } from "../../../src/transfer/names-zh";
import type { Language } from "./index";

export function propertyName(name: string, language: Language): string {
  return language === "zh" ? (PROPERTY_ZH[name] ?? name) : name;
}
