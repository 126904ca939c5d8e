import type { SafetyPlan } from '@opencasework/core';
import type { SafetyPlanKey } from './messages/index.js';
import type { NameBook } from './names.js';

/** The plan's fields in the order the conflict panel lists them, each with its label. */
export const PLAN_FIELD_LABELS: Record<string, SafetyPlanKey> = {
  title: 'conflict.field.title',
  status: 'conflict.field.status',
  childIds: 'conflict.field.children',
  reviewDate: 'plan.reviewHeading',
  harm: 'section.harm',
  complicatingFactors: 'section.complicatingFactors',
  dangerStatements: 'section.dangerStatements',
  strengths: 'section.strengths',
  existingSafety: 'section.existingSafety',
  safetyGoals: 'section.safetyGoals',
  nextSteps: 'steps.heading',
  scales: 'scale.heading',
  rules: 'section.rules',
  network: 'network.heading',
  childView: 'child.heading',
  version: 'conflict.field.version',
};
export const PLAN_FIELDS = Object.keys(PLAN_FIELD_LABELS);

type Texts = { text?: string }[] | undefined;
const texts = (list: Texts) => (list ?? []).map((s) => s.text ?? '').filter(Boolean);

/**
 * A plan field's value as text for the conflict panel: people and professionals by name, scores with who gave them,
 * the child's three houses by their words; statements and steps by their text (`plain`).
 */
export function planFieldText(field: string, value: unknown, names: NameBook, plain: (v: unknown) => string): string {
  if (field === 'childIds' && Array.isArray(value)) return value.map((id: string) => names.name(id)).join('; ');
  if (field === 'network' && Array.isArray(value))
    return (value as SafetyPlan['network'] & unknown[]).map((m) => [names.name(m.memberId), m.role].filter(Boolean).join(', ')).join('; ');
  if (field === 'scales' && Array.isArray(value))
    return (value as NonNullable<SafetyPlan['scales']>).map((r) => `${names.name(r.by)}: ${r.score} (${r.at})`).join('; ');
  if (field === 'childView' && value && typeof value === 'object') {
    const v = value as NonNullable<SafetyPlan['childView']>;
    return [...texts(v.worries), ...texts(v.goodThings), ...texts(v.dreams)].join('; ');
  }
  return plain(value);
}
