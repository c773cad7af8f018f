import { describe } from 'vitest';
import { describeExtension } from './extension-scenario';
import { launchFirefox } from './firefox-driver';

describe('DealLens in Firefox ESR', () => describeExtension(launchFirefox));
