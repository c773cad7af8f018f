import { describe } from 'vitest';
import { describeExtension } from './scenarios/index';
import { launchFirefox } from './firefox-driver';

describe('DealLens in Firefox ESR', () => describeExtension(launchFirefox));
