/**
 * What the tab keeps, for tests that start from answers already given: the entry the answer store
 * writes (its format, and the answers wrapped as a case file of the version the engine writes).
 */
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type Answers } from '../../../src/rules';
import { STORAGE_KEY, STORAGE_VERSION } from '../../../src/wizard/storage-keys';

export { STORAGE_KEY };

export function storedEntry(answers: Answers, seen: readonly string[] = [], notes?: unknown): string {
  const caseFile = { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, answers };
  return JSON.stringify(
    notes === undefined
      ? { version: STORAGE_VERSION, caseFile, seen }
      : { version: STORAGE_VERSION, caseFile, seen, notes },
  );
}
