// The reader limits live in the model (src/model/limits.ts): readers take them without importing the engine.
export * from '../model/limits.js';
