import { describe, expect, it } from 'vitest';
import { importFileTooLarge, MAX_IMPORT_BYTES } from './import-file-size';

describe('import file size', () => {
  it('takes files up to 100 MB', () => {
    expect(MAX_IMPORT_BYTES).toBe(100 * 1024 * 1024);
    expect(importFileTooLarge(0)).toBeNull();
    expect(importFileTooLarge(MAX_IMPORT_BYTES)).toBeNull();
  });
  it('refuses a larger one, naming its size and the limit', () => {
    expect(importFileTooLarge(MAX_IMPORT_BYTES + 1)).toBe('This file is 100.1 MB; DealLens imports files of up to 100 MB.');
    expect(importFileTooLarge(1.6e9)).toBe('This file is 1,525.9 MB; DealLens imports files of up to 100 MB.');
  });
});
