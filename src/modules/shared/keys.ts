/** What a key may look like: ids, and the codes of disciplines (2022 catalogue) and fields. */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/**
 * The longest key (id or code) an argument may carry: anything longer is refused as BAD_USER_INPUT
 * before a resolver runs (src/server/key-bound.ts). Above the model's own keys (KEY_PATTERN: 80).
 */
export const KEY_MAX_LENGTH = 200;

export const CODE_PATTERNS = {
  /** 08, 0809, 080901 */
  Discipline: /^\d{2}(\d{2}(\d{2})?)?$/,
  /** INTEGRATED_CIRCUITS, IND_IOT */
  Field: /^[A-Z][A-Z0-9_]{1,63}$/,
};
