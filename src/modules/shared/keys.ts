/** What a key may look like: ids, and the codes of disciplines (2022 catalogue) and fields. */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export const CODE_PATTERNS = {
  /** 08, 0809, 080901 */
  Discipline: /^\d{2}(\d{2}(\d{2})?)?$/,
  /** INTEGRATED_CIRCUITS, IND_IOT */
  Field: /^[A-Z][A-Z0-9_]{1,63}$/,
};
