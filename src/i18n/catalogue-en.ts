/** The whole English catalogue, loaded only when English is chosen (its own chunk). */
import { consultant } from './en/consultant';
import { problems } from './en/problems';
import { questions } from './en/questions';
import { results } from './en/results';
import { wizard } from './en/wizard';

export const catalogue = { ...problems, ...questions, ...wizard, ...results, ...consultant } as const;
