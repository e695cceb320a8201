// The name helpers live in the model (src/model/suggest.ts): readers match layer names without importing the engine.
export * from '../model/suggest.js';
