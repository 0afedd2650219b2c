/**
 * The JSON contract of `kg query NAME --json` (other tools read it, and the scorer reads it):
 * one zod schema per query result row. Both query implementations return exactly these shapes.
 */
import { z } from 'zod';

const Sources = z.array(z.string());
const Date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
const PersonName = z.object({ name_en: z.string().nullable(), name_ar: z.string() });

export const StateRow = z.object({ id: z.string(), name_en: z.string(), name_ar: z.string(), sources: Sources });
export const BodyRow = z.object({ id: z.string(), name_en: z.string(), name_ar: z.string(), sources: Sources });
export const LeaderRow = z.object({
  id: z.string(), name_en: z.string().nullable(), name_ar: z.string(), state: z.string().nullable(),
  office: z.string().nullable(), sources: Sources,
});
export const AgreementRow = z.object({
  id: z.string(), name_ar: z.string(), kind: z.string(), status: z.enum(['signed', 'concluded', 'planned']),
  date: Date, count: z.number().int().nullable(), parties: z.array(z.string()),
  signatories: z.array(PersonName), sources: Sources,
});
export const VetoRow = z.object({
  by: z.string(), body: z.string(), date: Date, subject: z.string().nullable(), sources: Sources,
});
export const VisitRow = z.object({
  visitor: PersonName.extend({ state: z.string().nullable() }), to: z.string(), city: z.string().nullable(),
  date: Date, status: z.enum(['done', 'planned']), host: PersonName.nullable(), sources: Sources,
});

export type StateRow = z.infer<typeof StateRow>;
export type BodyRow = z.infer<typeof BodyRow>;
export type LeaderRow = z.infer<typeof LeaderRow>;
export type AgreementRow = z.infer<typeof AgreementRow>;
export type VetoRow = z.infer<typeof VetoRow>;
export type VisitRow = z.infer<typeof VisitRow>;
