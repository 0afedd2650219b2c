/**
 * The JSON contract of `kg query NAME --json` (other tools read it, and the scorer reads it):
 * one zod schema per query result row. Both query implementations return exactly these shapes.
 */
import { z } from 'zod';
import { AgreementStatus, FactDate, VisitStatus } from '../model.ts';

const Sources = z.array(z.string());
const Date = FactDate.nullable();
const PersonName = z.object({ name_en: z.string().nullable(), name_ar: z.string() });

export const StateRow = z.object({ id: z.string(), name_en: z.string(), name_ar: z.string(), sources: Sources });
export const BodyRow = z.object({ id: z.string(), name_en: z.string(), name_ar: z.string(), sources: Sources });
export const LeaderRow = z.object({
  id: z.string(), name_en: z.string().nullable(), name_ar: z.string(), state: z.string().nullable(),
  office: z.string().nullable(), sources: Sources,
});
export const AgreementRow = z.object({
  id: z.string(), name_ar: z.string(), kind: z.string(), status: AgreementStatus,
  date: Date, count: z.number().int().nullable(), parties: z.array(z.string()),
  signatories: z.array(PersonName), sources: Sources,
});
export const VetoRow = z.object({
  by: z.string(), body: z.string(), date: Date, subject: z.string().nullable(), sources: Sources,
});
export const VisitRow = z.object({
  visitor: PersonName.extend({ state: z.string().nullable() }), to: z.string(), city: z.string().nullable(),
  date: Date, status: VisitStatus, host: PersonName.nullable(), sources: Sources,
});

/**
 * A meeting, seen from `leader`: the person asked about when the query names one, else the end
 * whose id sorts first (a MET edge has no direction of its own).
 */
const Participant = PersonName.extend({ id: z.string(), state: z.string().nullable() });
export const MeetingRow = z.object({
  leader: Participant, met: Participant, date: Date, place: z.string().nullable(), sources: Sources,
});

export type StateRow = z.infer<typeof StateRow>;
export type BodyRow = z.infer<typeof BodyRow>;
export type LeaderRow = z.infer<typeof LeaderRow>;
export type AgreementRow = z.infer<typeof AgreementRow>;
export type VetoRow = z.infer<typeof VetoRow>;
export type VisitRow = z.infer<typeof VisitRow>;
export type MeetingRow = z.infer<typeof MeetingRow>;

// ---- additive: rows of the graph-walking queries (evidence, timeline, path, neighbours) ----

/** A node as the walking queries show it: label, id and its names (DraftResolution: subject). */
export const NodeBrief = z.object({
  label: z.string(), id: z.string(), name_en: z.string().nullable(), name_ar: z.string().nullable(),
});
export const EvidenceRow = z.object({
  type: z.string(), from: NodeBrief, to: NodeBrief, key: z.string(),
  article: z.string(), sentence: z.number().int(), start: z.number().int(), end: z.number().int(),
  text: z.string(), rule: z.string(), confidence: z.number(),
});
export const TimelineRow = z.object({
  date: Date, type: z.string(), from: NodeBrief, to: NodeBrief, key: z.string(), sources: Sources,
});
/** One step of a path: the node reached, and the edge taken to reach it (null on the first step). */
export const PathRow = z.object({
  step: z.number().int(), node: NodeBrief, edge: z.string().nullable(), key: z.string().nullable(),
  direction: z.enum(['forward', 'backward']).nullable(),
});
export const NeighbourRow = z.object({ node: NodeBrief, via_a: z.array(z.string()), via_b: z.array(z.string()) });

export type NodeBrief = z.infer<typeof NodeBrief>;
export type EvidenceRow = z.infer<typeof EvidenceRow>;
export type TimelineRow = z.infer<typeof TimelineRow>;
export type PathRow = z.infer<typeof PathRow>;
export type NeighbourRow = z.infer<typeof NeighbourRow>;

/** The row schema of each query, by name: the queries there are. */
export const QueryRows = {
  states: StateRow, bodies: BodyRow, leaders: LeaderRow, agreements: AgreementRow, vetoes: VetoRow,
  visits: VisitRow, meetings: MeetingRow, evidence: EvidenceRow, timeline: TimelineRow, path: PathRow, neighbours: NeighbourRow,
} as const;
export type QueryName = keyof typeof QueryRows;
export type RowOf<N extends QueryName> = z.infer<(typeof QueryRows)[N]>;
