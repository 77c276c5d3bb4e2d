/**
 * The order of the cards: what decides the outcome first (exclude, redirect, bar, lift), then
 * warnings, suggestions and information. Within a group, the engine's order.
 */
import type { Effect, FiredRule } from '../rules';

export type Group = 'decisive' | 'warn' | 'suggest' | 'inform';

export const GROUPS: readonly Group[] = ['decisive', 'warn', 'suggest', 'inform'];

const GROUP_OF: Record<Effect, Group> = {
  exclude: 'decisive',
  redirect: 'decisive',
  bar: 'decisive',
  lift: 'decisive',
  warn: 'warn',
  suggest: 'suggest',
  inform: 'inform',
};

export function groupRules(rules: readonly FiredRule[]): { group: Group; rules: FiredRule[] }[] {
  return GROUPS.map((group) => ({ group, rules: rules.filter((r) => GROUP_OF[r.effect] === group) })).filter(
    (g) => g.rules.length > 0,
  );
}
