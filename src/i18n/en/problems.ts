/** What is wrong with a case file or a command, one message per problem code (English). */
export const problems = {
  'problem.not-an-object':
    'the file is not a case file: it must be a JSON object with "format", "version" and "answers"',
  'problem.wrong-format': 'must be "hc-case" (found {value})',
  'problem.wrong-version': 'must be 1 or 2 (found {value})',
  'problem.answers-not-an-object': 'is missing or is not a JSON object; put the answers in an object',
  'problem.unknown-field': 'is not a known answer; remove it or check its spelling',
  'problem.null-value': 'is null; leave the answer out instead',
  'problem.wrong-type': 'must be {expected} (found {value})',
  'problem.not-a-whole-number': 'must be a whole number (found {value})',
  'problem.invalid-value': '{value} is not an allowed value; use one of: {allowed}',
  'problem.out-of-range': 'must be from {min} to {max} (found {value})',
  'problem.invalid-date': 'must be a real date written YYYY-MM-DD (found {value})',
  'problem.date-too-early': 'must be after {after} (found {value}); leave it out if there was no entry since then',
  'problem.duplicate': 'lists the same value more than once; list each value once',
  'problem.required': 'is missing; the other answers make it required',
  'problem.date-after-as-of': 'is {value}, after the evaluation date {asOf}; a date cannot be in the future',
  'problem.removed-but-in-canada':
    '"removed" means the person is no longer in Canada, but location is "in-canada"; correct one of them',
  'problem.order-in-canada-but-outside':
    '"order-in-canada" means the person is in Canada, but location is "outside-canada"; correct one of them',
  'problem.child-harm-without-children-affected':
    'childHarm is given, but childrenAffected is not true; set childrenAffected to true or leave childHarm out',
  'problem.unsure-with-grounds': '"unsure" cannot be listed with other grounds; give either ["unsure"] or the grounds',
  'problem.biometrics-exempt-above-people':
    'is {value}, more than the {people} people in the application (the applicant, an included spouse or partner, the dependent children); correct biometricsExempt, spouseIncluded or dependentChildren',
  'problem.as-of-before-law':
    'is {value}; the evaluation date cannot be before {date}, the day IRPA came into force (the tool knows no earlier law)',
  'problem.type.text': 'text',
  'problem.type.number': 'a number',
  'problem.type.whole-number': 'a whole number',
  'problem.type.true-or-false': 'true or false',
  'problem.type.list': 'a list',
  'problem.not-json': 'is not valid JSON; open a case file saved by H&C Navigator',
  'problem.too-large': 'is too large ({size} bytes); a case file is at most {limit} bytes',
  'problem.too-deep': 'is nested too deeply to be a case file',
} as const;

export type ProblemKey = keyof typeof problems;
