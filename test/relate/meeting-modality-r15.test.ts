/**
 * The verb before a meeting's subject governs the meeting noun after him (round 15, issue #14): its
 * negation, future or possibility is the meeting's, past a comma-enclosed insertion too; a word there
 * that is no verb (زيارة لم يعلن عنها مسبقا لوزير الدفاع) says nothing of it. Sentences written for
 * these tests, read by the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractedFacts } from './helpers.ts';

const facts = (text: string) => extractedFacts(text, '2019-02-23')
  .map((f) => (f.type === 'visit' ? `visit ${f.visitor.id}>${f.to} ${f.status}` : f.type === 'met' ? `met ${f.a.id}+${f.b.id}` : f.type)).sort();

describe('meetings: the modality of the verb before the subject', () => {
  it('trap: a future, denied or possible verb before the subject makes no meeting and no done visit', () => {
    expect(facts('وسيجري الرئيس الروسي فلاديمير بوتين، الأحد المقبل، في بكين مباحثات مع الرئيس الصيني شي جين بينغ.')).not.toContain('visit vladimir-putin>CHN done');
    expect(facts('ولم يجر الرئيس الروسي فلاديمير بوتين في بكين مباحثات مع الرئيس الصيني شي جين بينغ.')).toEqual([]);
    expect(facts('وقد يجري الرئيس الروسي فلاديمير بوتين، كما قال مصدر، في بكين مباحثات مع الرئيس الصيني شي جين بينغ.')).toEqual([]);
  });
  it('the past verb keeps the meeting and its visit, and a negated relative before the subject is not the meeting\'s', () => {
    expect(facts('وأجرى الرئيس الروسي فلاديمير بوتين، أمس الجمعة، في بكين مباحثات مع الرئيس الصيني شي جين بينغ.'))
      .toEqual(['met vladimir-putin+xi-jinping', 'visit vladimir-putin>CHN done']);
    expect(facts('وجاء ذلك خلال زيارة لم يعلن عنها مسبقا للرئيس الروسي فلاديمير بوتين إلى بكين حيث التقى الرئيس الصيني شي جين بينغ.'))
      .toContain('met vladimir-putin+xi-jinping');
  });
});
