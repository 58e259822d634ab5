/**
 * FIM-era function names that the engine's upgrader (BIN-EXPR `FunctionLibraryUpgrade`) rewrites, mapped
 * to what they become. New expressions must not use them; very old exports may still hold them.
 * Only the names DOMAIN §8.3 quotes are listed: the upgrader's full table was not readable.
 */
export const LEGACY_FUNCTIONS: Record<string, string> = {
  UpperCase: 'UCase',
  LowerCase: 'LCase',
  ProperCase: 'PCase',
  ReplaceString: 'Replace',
  LeftPad: 'PadLeft',
  RightPad: 'PadRight',
  ConvertStringToGuid: 'CGuid',
  ConvertSidToString: 'StringFromSid',
  // These two become operators, not functions: Eq(a, b) is rewritten as a = b.
  Eq: '=',
  NotEquals: '<>',
};

/** Legacy names whose replacement is an operator (the target is operator text, not a function name). */
export const LEGACY_OPERATORS: ReadonlySet<string> = new Set(['Eq', 'NotEquals']);
