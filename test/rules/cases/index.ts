// Every RuleTester case table, by family: test/rules/rule-cases.test.ts runs them, test/message-ids.test.ts counts them.
import type { RuleCases } from '../../support/rule-tester.js';
import { attributesCases } from './attributes.js';
import { geometryCases } from './geometry.js';
import { inputCases } from './input.js';
import { metadataCases } from './metadata.js';
import { profileFileCases } from './profile-files.js';
import { toleranceCases } from './tolerance.js';
import { topologyCases } from './topology.js';

export const RULE_CASES: RuleCases[] = [...inputCases, ...geometryCases, ...topologyCases, ...metadataCases, ...toleranceCases, ...attributesCases, ...profileFileCases];
