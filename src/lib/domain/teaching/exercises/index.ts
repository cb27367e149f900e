export * from './types';
export { KINDS, EXERCISE_KINDS } from './kinds';
export { buildExercise, resolveParams, specProblem } from './build';
export { BUILTIN_SPECS, BUILTIN_EXERCISES, builtinById } from './builtins';
export { exportPack, parsePack, PACK_APP, PACK_KIND, PACK_VERSION, PACK_EXTENSION, type ExercisePack, type PackError, type ParsedPack } from './pack';
export { contextFor, SAMPLE_FILE } from './helpers';
