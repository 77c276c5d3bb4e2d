/** The whole English catalogue, loaded only when English is chosen (its own chunk). */
import { problems } from './en/problems';
import { questions } from './en/questions';
import { results } from './en/results';
import { wizard } from './en/wizard';

export const catalogue = { ...problems, ...questions, ...wizard, ...results } as const;
