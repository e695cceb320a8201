// Every rule's in-memory cases (test/rules/cases/): each valid case gives no finding, each invalid one exactly its findings.
import { RULE_CASES } from './cases/index.js';
import { testRule } from '../support/rule-tester.js';

for (const cases of RULE_CASES) testRule(cases);
