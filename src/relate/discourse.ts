/**
 * Discourse focus: which states and leaders a sentence can refer back to with البلدان، الطرفان،
 * الرئيسان، نظيره, a bare office or a dropped (pronoun) subject. Input: a Document's mentions in text
 * order. Output: a Focus that answers "the last two states/leaders before offset x" and resolves
 * office mentions to the leader last named for that state. Recency as in the centering-style
 * heuristics of Lappin & Leass, "An Algorithm for Pronominal Anaphora Resolution" (1994).
 */
import type { Document, EntityRef, Mention } from '../model.ts';
import { tokenAt } from '../normalise/index.ts';
import { discourseLexicon as L, PhraseTable } from './lexicon.ts';
import { keepShape } from '../shapes.ts';

export type RefKind = 'pair-states' | 'pair-parties' | 'pair-leaders' | 'counterpart' | 'office';

export const discourseRefs = new PhraseTable<RefKind>();
discourseRefs.addAll(L.pair_states, 'pair-states');
discourseRefs.addAll(L.pair_parties, 'pair-parties');
discourseRefs.addAll(L.pair_leaders, 'pair-leaders');
discourseRefs.addAll(L.counterpart, 'counterpart');
discourseRefs.addAll(L.offices, 'office');

/** A leader as relate uses it: the ref and the state it serves. */
export interface LeaderRef {
  ref: EntityRef;
  state: string | null;
  office: string | null;
}

/** The state a mention stands for (a state, a capital, a nisba, an office, a leader's or city's state). */
export function stateOf(m: Mention): string | null {
  if (m.kind === 'State') return m.id;
  if (m.kind === 'Leader' || m.kind === 'Office' || m.kind === 'City') return m.state ?? null;
  return null;
}

export class Focus {
  /** Mentions sorted by start offset. */
  private readonly mentions: Mention[];

  constructor(doc: Document) {
    this.mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
    keepShape(this);
  }

  /** Distinct states referenced before `offset`, most recent first (at most `n`). */
  statesBefore(offset: number, n: number, minOffset = 0): string[] {
    const out: string[] = [];
    for (let i = this.lastIndexBefore(offset); i >= 0 && out.length < n; i--) {
      const m = tokenAt(this.mentions, i);
      if (m.start < minOffset) break;
      const s = stateOf(m);
      if (s && (m.kind !== 'City' || m.via === 'capital') && !out.includes(s)) out.push(s);
    }
    return out;
  }

  /** Distinct leaders named before `offset`, most recent first (at most `n`). */
  leadersBefore(offset: number, n: number, minOffset = 0): LeaderRef[] {
    const out: LeaderRef[] = [];
    for (let i = this.lastIndexBefore(offset); i >= 0 && out.length < n; i--) {
      const m = tokenAt(this.mentions, i);
      if (m.start < minOffset) break;
      if (m.kind === 'Leader' && !out.some((l) => l.ref.id === m.id)) out.push(leaderRef(m));
    }
    return out;
  }

  /** The leader last named before `offset` who serves `state` (and holds `office`, when given). */
  leaderOf(state: string, offset: number, office?: string | null): LeaderRef | null {
    for (let i = this.lastIndexBefore(offset); i >= 0; i--) {
      const m = tokenAt(this.mentions, i);
      if (m.kind !== 'Leader' || m.state !== state) continue;
      if (!office || !m.office || m.office === office) return leaderRef(m);
    }
    return null;
  }

  /** The first leader named in the article who serves `state` (and holds `office`): whom a headline's bare office means. */
  firstLeaderOf(state: string, office?: string | null): LeaderRef | null {
    for (const m of this.mentions) {
      if (m.kind !== 'Leader' || m.state !== state) continue;
      if (!office || !m.office || m.office === office) return leaderRef(m);
    }
    return null;
  }

  private lastIndexBefore(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokenAt(this.mentions, mid).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

export const leaderRef = (m: Mention): LeaderRef => ({ ref: { label: 'Leader', id: m.id }, state: m.state ?? null, office: m.office ?? null });
