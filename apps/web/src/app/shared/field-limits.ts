/** Lengths the API accepts (its DTOs; the contracts library does not carry them yet). */
export const DISPLAY_NAME_MAX_LENGTH = 100;
export const PRESET_NAME_MAX_LENGTH = 80;
