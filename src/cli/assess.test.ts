import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_CASE_FILE_BYTES } from '../rules';
import { run } from './assess';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const EXAMPLE = join(ROOT, 'tests/examples/01-montreal-family-can-apply.case.json');
const V2_EXAMPLE = join(ROOT, 'tests/examples/08-family-with-a-pending-claim-in-canada.case.json');
const INVALID_EXAMPLE = join(ROOT, 'tests/examples/06-invalid-removed-but-in-canada.case.json');
const dir = mkdtempSync(join(tmpdir(), 'hc-assess-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function stderrOf(result: ReturnType<typeof run>): string[] {
  if (!('stderr' in result)) return expect.fail(`expected problems, got: ${result.stdout.slice(0, 200)}`);
  expect(result).not.toHaveProperty('stdout');
  return result.stderr;
}

describe('run: the assessor without a process', () => {
  it('prints the assessment of a valid file as JSON on stdout only', () => {
    const result = run([EXAMPLE, '--as-of', '2025-10-01']);
    if (!('stdout' in result)) return expect.fail(result.stderr.join('\n'));
    expect(result).not.toHaveProperty('stderr');
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(JSON.parse(result.stdout)).toMatchObject({
      asOf: '2025-10-01',
      outcome: 'can-apply',
      pathway: 'in-canada',
      fees: { total: 2595 },
    });
  });

  it('reads a version-2 file: unknown fees are null, and so is their total', () => {
    const result = run([V2_EXAMPLE, '--as-of', '2026-06-01']);
    if (!('stdout' in result)) return expect.fail(result.stderr.join('\n'));
    const assessment = JSON.parse(result.stdout);
    expect(assessment).toMatchObject({
      asOf: '2026-06-01',
      outcome: 'can-apply',
      fees: { total: null, verified: false, effectiveFrom: '2026-04-30' },
    });
    expect(assessment.fees.items).toContainEqual({ id: 'processing.principal', unitAmount: null, count: 1 });
    expect(assessment.fees.items).toContainEqual({
      id: 'biometrics',
      unitAmount: 85,
      count: 2,
      amount: 170,
      inTotal: false,
    });
  });

  it('takes --as-of=DATE as well', () => {
    const result = run([`--as-of=2024-04-29`, EXAMPLE]);
    expect('stdout' in result && JSON.parse(result.stdout)).toMatchObject({
      asOf: '2024-04-29',
      fees: { effectiveFrom: '2022-04-30' },
    });
  });

  describe('without --as-of, evaluates on the local date where it runs', () => {
    afterEach(() => vi.useRealTimers());
    // Just after local midnight and just before the next: in any zone but UTC one of them is another UTC date.
    it.each([
      [0, 5],
      [23, 55],
    ])('at %i:%i local time', (hour, minute) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(2025, 5, 1, hour, minute));
      const result = run([EXAMPLE]);
      expect('stdout' in result && JSON.parse(result.stdout).asOf).toBe('2025-06-01');
    });
  });

  it('names each field of an invalid case file, one line per problem', () => {
    const path = file('invalid.json', {
      format: 'hc-case',
      version: 1,
      answers: {
        status: 'foreign-national',
        location: 'in-canada',
        removal: 'removed',
        dependentChildren: 'two',
        pendingHc: null,
        nickname: 'x',
      },
    });
    const lines = stderrOf(run([path, '--as-of', '2025-10-01']));
    for (const line of lines) expect(line).toMatch(/^answers\.[\w]+/);
    const text = lines.join('\n');
    for (const where of [
      'answers.removal, answers.location:',
      'answers.dependentChildren:',
      'answers.pendingHc:',
      'answers.nickname:',
      'answers.destination:',
    ]) {
      expect(text).toContain(where);
    }
  });

  it('reports a date after the evaluation date, naming the field and both dates', () => {
    const path = file('future.json', {
      format: 'hc-case',
      version: 1,
      answers: { status: 'citizen', entryDate: '2025-10-02' },
    });
    expect(stderrOf(run([path, '--as-of', '2025-10-01']))).toEqual([
      expect.stringMatching(/^answers\.entryDate: .*2025-10-02.*2025-10-01/),
    ]);
  });

  it('refuses text that is not JSON, naming the file', () => {
    const path = file('broken.json', '{ "format": "hc-case", ');
    expect(stderrOf(run([path, '--as-of', '2025-10-01']))).toEqual([
      expect.stringMatching(new RegExp(`^${path}: .*not valid JSON`)),
    ]);
  });

  it('reads a file saved with a UTF-8 byte-order mark, as the browser does', () => {
    const path = file('bom.json', `\ufeff${readFileSync(EXAMPLE, 'utf8')}`);
    const result = run([path, '--as-of', '2025-10-01']);
    if (!('stdout' in result)) return expect.fail(result.stderr.join('\n'));
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: 'can-apply' });
  });

  it('fills in both figures of a file over the size limit', () => {
    const path = file('large.json', ' '.repeat(MAX_CASE_FILE_BYTES + 1));
    const [message] = stderrOf(run([path, '--as-of', '2025-10-01']));
    expect(message).toContain(String(MAX_CASE_FILE_BYTES + 1));
    expect(message).toContain(String(MAX_CASE_FILE_BYTES));
    expect(message).not.toMatch(/[{}]/);
  });

  it('names the real size of a larger regular file, read no further than the limit', () => {
    const size = 3 * MAX_CASE_FILE_BYTES;
    const [message] = stderrOf(run([file('larger.json', ' '.repeat(size)), '--as-of', '2025-10-01']));
    expect(message).toContain(`(${size} bytes)`);
  });

  it('refuses a device that never ends at the limit, quickly, saying it holds more', () => {
    const start = performance.now();
    expect(stderrOf(run(['/dev/zero', '--as-of', '2025-10-01']))).toEqual([
      `/dev/zero: is too large (more than ${MAX_CASE_FILE_BYTES} bytes); a case file is at most ${MAX_CASE_FILE_BYTES} bytes`,
    ]);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('refuses a named pipe whose writer never stops, and reads a short one whole', async () => {
    const fifo = join(dir, 'endless.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `exec yes '{}' > '${fifo}'`], { stdio: 'ignore' });
    try {
      expect(stderrOf(run([fifo, '--as-of', '2025-10-01']))).toEqual([
        expect.stringMatching(new RegExp(`^${fifo}: is too large \\(more than ${MAX_CASE_FILE_BYTES} bytes\\)`)),
      ]);
    } finally {
      writer.kill();
    }
    const short = spawn('sh', ['-c', `exec cat '${EXAMPLE}' > '${fifo}'`], { stdio: 'ignore' });
    const result = run([fifo, '--as-of', '2025-10-01']);
    await new Promise((done) => short.on('exit', done));
    expect('stdout' in result && JSON.parse(result.stdout)).toMatchObject({ outcome: 'can-apply' });
  });

  it('refuses a missing file, naming it', () => {
    const path = join(dir, 'nowhere.json');
    expect(stderrOf(run([path]))).toEqual([expect.stringMatching(new RegExp(`^${path}: cannot be read \\(ENOENT\\)`))]);
  });

  it('names a field of version 2 written in a version-1 file, and the cessation ground', () => {
    const path = file('v1-with-v2.json', {
      format: 'hc-case',
      version: 1,
      answers: {
        status: 'foreign-national',
        location: 'outside-canada',
        inadmissibility: ['cessation'],
        biometricsExempt: 0,
        inadmissibilityFound: false,
      },
    });
    const lines = stderrOf(run([path, '--as-of', '2025-10-01']));
    const text = lines.join('\n');
    for (const where of ['answers.biometricsExempt:', 'answers.inadmissibilityFound:', 'answers.inadmissibility[0]:'])
      expect(text).toContain(where);
    expect(lines.find((l) => l.startsWith('answers.inadmissibility[0]:'))).toContain('cessation');
  });

  it.each(['2002-06-27', '1999-12-31'])(
    'refuses --as-of %s, before IRPA came into force, naming the first date it knows',
    (asOf) => {
      const path = file('citizen.json', { format: 'hc-case', version: 2, answers: { status: 'citizen' } });
      expect(stderrOf(run([path, '--as-of', asOf]))).toEqual([
        expect.stringMatching(new RegExp(`^--as-of: .*${asOf}.*2002-06-28`)),
      ]);
    },
  );

  it('takes --as-of 2002-06-28, the day IRPA came into force', () => {
    const path = file('citizen.json', { format: 'hc-case', version: 2, answers: { status: 'citizen' } });
    const result = run([path, '--as-of', '2002-06-28']);
    expect('stdout' in result && JSON.parse(result.stdout)).toMatchObject({
      asOf: '2002-06-28',
      outcome: 'not-eligible',
    });
  });

  it.each(['2025-02-30', '01/10/2025', '', 'today'])(
    "refuses --as-of %j and still reports the file's problems",
    (asOf) => {
      const path = file('wrong-format.json', { format: 'hc-case', version: 3, answers: { status: 'citizen' } });
      const lines = stderrOf(run([path, '--as-of', asOf]));
      expect(lines[0]).toMatch(/^--as-of: must be a real date/);
      expect(lines.some((l) => l.startsWith('version:'))).toBe(true);
    },
  );

  it('does not hold a date check against a file when --as-of is invalid', () => {
    const path = file('dated.json', {
      format: 'hc-case',
      version: 1,
      answers: { status: 'citizen', entryDate: '2030-01-01' },
    });
    expect(stderrOf(run([path, '--as-of', 'soon']))).toHaveLength(1);
  });

  it('refuses an unknown option, naming it, and no file with the usage line', () => {
    expect(stderrOf(run([EXAMPLE, '--verbose']))).toEqual([
      expect.stringMatching(/^--verbose: is not an option; usage: npm run --silent assess -- FILE/),
    ]);
    expect(stderrOf(run([]))).toEqual([expect.stringMatching(/^usage: /)]);
  });

  it('names a short or valued unknown option as it was written, and takes `--as-of` without a date as a usage error', () => {
    expect(stderrOf(run(['-v', EXAMPLE]))).toEqual([expect.stringMatching(/^-v: is not an option; usage: /)]);
    expect(stderrOf(run([EXAMPLE, '--verbose=yes']))).toEqual([
      expect.stringMatching(/^--verbose: is not an option; usage: /),
    ]);
    expect(stderrOf(run([EXAMPLE, '--as-of']))).toEqual([expect.stringMatching(/^usage: /)]);
  });

  it('reads everything after `--` as files, and `-` as a file name', () => {
    expect(stderrOf(run(['--as-of', '2025-10-01', '--', '-']))).toEqual([expect.stringMatching(/^-: cannot be read/)]);
    const result = run(['--as-of', '2025-10-01', '--', EXAMPLE]);
    expect('stdout' in result && JSON.parse(result.stdout)).toMatchObject({ asOf: '2025-10-01', outcome: 'can-apply' });
  });
});

describe('run with two or more files', () => {
  const linesOf = (stdout: string) =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));

  it('prints one compact line per file, in the order given, each with its path as given', () => {
    const result = run([V2_EXAMPLE, EXAMPLE, V2_EXAMPLE, '--as-of', '2026-06-01']);
    expect(result).not.toHaveProperty('stderr');
    if (!('stdout' in result)) return expect.fail('expected assessments');
    expect(result.stdout.split('\n')).toHaveLength(4);
    const lines = linesOf(result.stdout);
    expect(lines.map((l) => l.file)).toEqual([V2_EXAMPLE, EXAMPLE, V2_EXAMPLE]);
    expect(Object.keys(lines[0])).toEqual(['file', 'assessment']);
    const one = run([EXAMPLE, '--as-of', '2026-06-01']);
    expect('stdout' in one && JSON.parse(one.stdout)).toEqual(lines[1].assessment);
  });

  it('tries every file, prints none for a file that failed, and prefixes each problem with its path', () => {
    const broken = file('many-broken.json', '{ "format": ');
    const missing = join(dir, 'many-nowhere.json');
    const result = run([INVALID_EXAMPLE, EXAMPLE, broken, missing, '/dev/zero', V2_EXAMPLE, '--as-of', '2026-06-01']);
    if (!('stdout' in result && 'stderr' in result)) return expect.fail('expected assessments and problems');
    expect(linesOf(result.stdout).map((l) => [l.file, l.assessment.outcome])).toEqual([
      [EXAMPLE, 'can-apply'],
      [V2_EXAMPLE, 'can-apply'],
    ]);
    const alone = stderrOf(run([INVALID_EXAMPLE, '--as-of', '2026-06-01']));
    expect(result.stderr).toEqual([
      ...alone.map((problem) => `${INVALID_EXAMPLE}: ${problem}`),
      expect.stringMatching(new RegExp(`^${broken}: ${broken}: is not valid JSON`)),
      `${missing}: ${missing}: cannot be read (ENOENT)`,
      expect.stringMatching(/^\/dev\/zero: \/dev\/zero: is too large \(more than/),
    ]);
  });

  it('prints only problems when every file failed', () => {
    const missing = join(dir, 'many-none.json');
    expect(stderrOf(run([INVALID_EXAMPLE, missing, '--as-of', '2026-06-01'])).at(-1)).toBe(
      `${missing}: ${missing}: cannot be read (ENOENT)`,
    );
  });

  it.each([
    [['--as-of', 'soon'], /^--as-of: must be a real date/],
    [['--as-of', '2002-06-27'], /^--as-of: .*2002-06-28/],
    [['--verbose'], /^--verbose: is not an option; usage: /],
    [['--as-of'], /^usage: /],
  ])('reports %j once and assesses nothing', (options, problem) => {
    expect(stderrOf(run([EXAMPLE, join(dir, 'many-absent.json'), ...options]))).toEqual([
      expect.stringMatching(problem),
    ]);
  });
});

describe('npm run --silent assess, as a third party runs it', () => {
  const assess = (...args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'assess', '--', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 with JSON for a worked example, and 2 with plain lines and nothing on stdout for an invalid file', () => {
    const ok = assess('tests/examples/01-montreal-family-can-apply.case.json', '--as-of', '2025-10-01');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ outcome: 'can-apply', fees: { total: 2595 } });

    const bad = assess(INVALID_EXAMPLE, '--as-of', '2025-10-01');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^answers\.removal, answers\.location: /);
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('exits 2 on /dev/zero; with several files, exits 2 after assessing the others when one fails, and 0 when none does', () => {
    const example = 'tests/examples/01-montreal-family-can-apply.case.json';
    const mixed = assess(example, '/dev/zero', example, '--as-of', '2025-10-01');
    expect(mixed.status).toBe(2);
    expect(mixed.stdout.split('\n')).toEqual([expect.stringMatching(`^{"file":"${example}",`), expect.any(String), '']);
    expect(mixed.stderr).toMatch(/^\/dev\/zero: \/dev\/zero: is too large \(more than \d+ bytes\)/);
    const endless = assess('/dev/zero', '--as-of', '2025-10-01');
    expect([endless.status, endless.stdout]).toEqual([2, '']);
    expect(endless.stderr).toMatch(/^\/dev\/zero: is too large \(more than \d+ bytes\)[^\n]*\n$/);
    const fine = assess(example, example, '--as-of', '2025-10-01');
    expect(fine.status).toBe(0);
    expect(fine.stderr).toBe('');
  }, 60_000);

  it('exits 2 with a line on stderr and nothing on stdout for an evaluation date before 2002-06-28', () => {
    const early = assess('tests/examples/04-citizen.case.json', '--as-of', '2002-06-27');
    expect(early.status).toBe(2);
    expect(early.stdout).toBe('');
    expect(early.stderr).toMatch(/^--as-of: .*2002-06-27.*2002-06-28/);
    expect(early.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('exits 2 naming a version-2 field written in a version-1 file', () => {
    const path = file('v1-found.json', {
      format: 'hc-case',
      version: 1,
      answers: {
        status: 'foreign-national',
        location: 'in-canada',
        inadmissibility: ['security'],
        inadmissibilityFound: true,
      },
    });
    const bad = assess(path, '--as-of', '2025-10-01');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^answers\.inadmissibilityFound: /)]);
  }, 60_000);
});
