import { describe } from 'vitest';
import { launchChromium } from './chromium-driver';
import { describeExtension } from './extension-scenario';

describe('DealLens in Chromium', () => describeExtension(launchChromium));
