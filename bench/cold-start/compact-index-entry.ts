// One cold background, the way the extension starts now: the first request reads the gzipped
// compiled index (src/background/company-data.ts; here from the files the build packages, inflated
// as the extension inflates them), loads the matcher from it (mention-finder.ts) and answers. Built
// and run by bench/cold-start.ts in a fresh Node process.
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { createCompanyData } from '../../src/background/company-data';
import { createMentionFinder } from '../../src/background/mention-finder';
import { answerOnce } from './answer-once';

const read = async (file: string) => (await promisify(gunzip)(await fs.promises.readFile(path.join(process.env.COLD_START_PACKAGE!, `${file}.gz`)))).toString('utf8');
const finder = createMentionFinder(async () => [], createCompanyData(read).index);
await answerOnce((text, context) => finder.find(text, context));
