// The profiles cadcheck knows, by id.
import type { Settings } from '../engine/settings.js';
import { RULES } from '../rules/index.js';
import { ge388 } from './ge-388.js';

/** Rule families in the order a surveyor fixes things: can it be read, is it shaped right, then the rest. */
const GE_FAMILIES = ['input', 'geometry', 'topology', 'tolerance', 'attributes', 'metadata', 'photos'];

export const PROFILES: Record<string, Settings> = {
  'ge-388': { ...ge388, rules: RULES.map((rule) => rule.id).filter((id) => GE_FAMILIES.includes(id.split('/')[0]!)) },
};

export const DEFAULT_PROFILE = 'ge-388';
