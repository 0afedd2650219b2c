import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.ts';

// The subject of a support verb (يقوم/قام … بزيارة) is the visitor: a group there (ممثلون، وفد) makes the
// visit the group's, whatever leader the group's description names.
describe('visits: a group as the support verb\'s subject', () => {
  const visits = (text: string) => extract({ id: 't', title: null, text, published: '2015-07-29' } as never).doc.facts
    .filter((f) => f.type === 'visit').map((f) => [f.visitor.id, f.to, f.status]);

  it('gives no leader a group\'s visit', () => {
    expect(visits('وذكرت مصادر أن من المقرر أن يقوم ممثلون عن المعارضة السورية التي طالما انتقدت دعم موسكو للرئيس بشار الأسد بزيارة العاصمة الروسية الأسبوع المقبل.')).toEqual([]);
    expect(visits('وأفادت مصادر بأن من المقرر أن يقوم ممثلون عن المعارضة السورية التي يساندها الغرب، التي طالما انتقدت دعم موسكو للرئيس بشار الأسد بزيارة العاصمة الروسية الأسبوع المقبل.')).toEqual([]);
    expect(visits('وقام وفد برلماني يرافق الرئيس المصري عبد الفتاح السيسي بزيارة روسيا أمس.')).toEqual([]);
  });

  it('keeps the leader who is the support verb\'s subject, past an adverb', () => {
    expect(visits('وقام أمس الرئيس المصري عبد الفتاح السيسي بزيارة روسيا.')).toEqual([['abdel-fattah-el-sisi', 'RUS', 'done']]);
  });
});
