// The profiles cadcheck knows, by id.
import type { Settings } from '../engine/settings.js';
import { RULES } from '../rules/index.js';
import { ge388 } from './ge-388.js';
import { KZ_SHARED_RULES, kzPcm } from './kz-pcm.js';
import { UA_SHARED_RULES, ua1051 } from './ua-1051.js';

/** Rule families in the order a surveyor fixes things: can it be read, is it shaped right, then the rest. */
const GE_FAMILIES = ['input', 'geometry', 'topology', 'tolerance', 'attributes', 'metadata', 'photos'];

export const PROFILES: Record<string, Settings> = {
  'ge-388': { ...ge388, rules: RULES.map((rule) => rule.id).filter((id) => GE_FAMILIES.includes(id.split('/')[0]!)) },
  // Read first (input/readable), then the family's own rules, then the geometry of what was assembled.
  'ua-1051': { ...ua1051, rules: RULES.map((rule) => rule.id).filter((id) => id.startsWith('ua/') || UA_SHARED_RULES.includes(id)) },
  'kz-pcm': { ...kzPcm, rules: RULES.map((rule) => rule.id).filter((id) => id.startsWith('kz/') || KZ_SHARED_RULES.includes(id)) },
};

export const DEFAULT_PROFILE = 'ge-388';
