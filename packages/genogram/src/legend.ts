/** Which legend entries a model needs: only the symbols and lines that are actually drawn. Pure. */
import type { EmotionalQuality } from '@opencasework/core';
import type { GenogramModel } from './layout/model.js';

export type LegendKey =
  | 'female'
  | 'male'
  | 'diamond'
  | 'deceased'
  | 'index'
  | 'pregnancy'
  | 'miscarriage'
  | 'stillbirth'
  | 'termination'
  | 'married'
  | 'cohabiting'
  | 'unrecorded'
  | 'separated'
  | 'divorced'
  | 'consanguinity'
  | 'biological'
  | 'legal'
  | 'adoptive'
  | 'foster'
  | 'step'
  | 'kinship'
  | 'special-guardian'
  | 'unknown'
  | 'disputed'
  | 'twins-identical'
  | 'twins-fraternal'
  | 'household'
  | 'support';

const ORDER: LegendKey[] = [
  'female',
  'male',
  'diamond',
  'deceased',
  'index',
  'pregnancy',
  'miscarriage',
  'stillbirth',
  'termination',
  'married',
  'cohabiting',
  'unrecorded',
  'separated',
  'divorced',
  'consanguinity',
  'biological',
  'legal',
  'adoptive',
  'foster',
  'step',
  'kinship',
  'special-guardian',
  'unknown',
  'disputed',
  'twins-identical',
  'twins-fraternal',
  'household',
  'support',
];

export interface LegendNeeds {
  keys: LegendKey[];
  emotional: EmotionalQuality[];
}

const WARM = new Set<EmotionalQuality>(['close', 'very-close', 'fused']);
const HARM = new Set<EmotionalQuality>(['conflict', 'hostile', 'abuse', 'violence', 'neglect', 'cut-off']);

/** The colour family of an emotional line: warm (green), harm (red) or cold (grey). */
export function emotionalTone(q: EmotionalQuality): 'warm' | 'harm' | 'cold' {
  return WARM.has(q) ? 'warm' : HARM.has(q) ? 'harm' : 'cold';
}

export function legendNeeds(m: GenogramModel, opts: { emotional: boolean; households: boolean }): LegendNeeds {
  const used = new Set<LegendKey>();
  for (const n of m.nodes) {
    if (n.symbol === 'female' || n.symbol === 'male' || n.symbol === 'diamond') used.add(n.symbol);
    else used.add(n.symbol);
    if (n.deceased) used.add('deceased');
    if (n.index) used.add('index');
  }
  const emotional = new Set<EmotionalQuality>();
  for (const e of m.edges) {
    if (e.kind === 'partner') {
      if (e.unrecorded) used.add('unrecorded');
      else if (e.status === 'married' || e.status === 'civil-partnership' || e.status === 'widowed') used.add('married');
      else if (e.status === 'separated') used.add('separated');
      else if (e.status === 'divorced') used.add('divorced');
      else used.add('cohabiting');
      if (e.consanguineous) used.add('consanguinity');
    } else if (e.kind === 'child' || (e.kind === 'descent' && e.childType && e.childType !== 'biological')) {
      if (e.childType) used.add(e.childType);
      if (e.disputed) used.add('disputed');
      if (e.zygosity) used.add(e.zygosity === 'identical' ? 'twins-identical' : 'twins-fraternal');
    } else if (e.kind === 'emotional' && opts.emotional && e.quality) emotional.add(e.quality);
    else if (e.kind === 'support' && opts.emotional) used.add('support');
  }
  if (opts.households && m.households.length) used.add('household');
  return { keys: ORDER.filter((k) => used.has(k)), emotional: [...emotional].sort() };
}
