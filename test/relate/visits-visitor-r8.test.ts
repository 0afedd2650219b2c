/**
 * Visits: who the visitor is (issue #19, audit r8). A meeting whose subject is named takes no partner
 * from an earlier sentence; a bare title that names someone else (a former holder, a deputy, the head
 * of a party) is no reference back to the leader last named. Each rule with a sentence it must read
 * and the trap it must not fire on. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { type MentionSpec, CAST, VISIT_CAST, tripLines } from './helpers.ts';

const cast: MentionSpec[] = [
  ...CAST, ...VISIT_CAST,
  { text: 'عبد الله بن زايد', kind: 'Leader', id: 'abdullah-bin-zayed-al-nahyan', state: 'ARE', office: 'foreign minister' },
  { text: 'الإمارات', kind: 'State', id: 'ARE' },
  { text: 'أبوظبي', kind: 'State', id: 'ARE', via: 'capital' },
  { text: 'الدوحة', kind: 'State', id: 'QAT', via: 'capital' },
];
const trips = (text: string): string[] => tripLines(text, '2024-06-20', cast);

describe('meetings: a verb that names its subject takes no partner from an earlier sentence', () => {
  it('reads no visit when the one after مع is someone the gazetteer does not know', () => {
    expect(trips('وحضر اللقاء أوباما. كما اجتمع الملك سلمان في الرياض مساء أمس مع قائد حزب القوات.')).toEqual([]);
    expect(trips('وأشاد جون كيري بالمحادثات. واجتمع بوتين في موسكو أمس مع مؤسس الحزب المعارض.')).toEqual([]);
    expect(trips('وأشاد جون كيري بالمحادثات. واجتمع بوتين، في موسكو أمس، مع مؤسس الحزب المعارض.')).toEqual([]);
  });
  it('reads no partner from the discourse when a title that names no leader is the other side', () => {
    expect(trips('وانتقد بوتين الهجوم. والتقى الرئيس السابق للائتلاف المعارض في الدوحة أمس جون كيري.')).toEqual([]);
    expect(trips('وانتقد بوتين الهجوم. والتقى جون كيري في الدوحة أمس الرئيس السابق للائتلاف المعارض.')).toEqual(['john-kerry>QAT:done:2024-06-19']);
  });
  it('a leader in focus who is the one named is no second side: he met alone, abroad', () => {
    expect(trips('وأشاد بوتين بالمحادثات. والتقى بوتين أمس في الدوحة وفدا من المعارضة.')).toEqual(['vladimir-putin>QAT:done:2024-06-19']);
  });
  it('trap: the leader\'s own title before him, after the verb, leaves the subject dropped', () => {
    expect(trips('وأشاد سيرغي لافروف بالاتفاق. والتقى في الرياض أمس العاهل السعودي المسؤول عن الحرمين، الملك سلمان.')).toEqual(['sergey-lavrov>SAU:done:2024-06-19']);
  });
  it('still reads the partner after مع when he is a leader', () => {
    expect(trips('وحضر اللقاء الملك سلمان. كما اجتمع بوتين في موسكو مساء أمس مع أوباما.')).toEqual(['barack-obama>RUS:done:2024-06-19']);
  });
  it('trap: a verb with no named subject still takes the leader in focus (وصل … والتقى الملك سلمان في قصره)', () => {
    expect(trips('ووصل أوباما إلى الرياض أمس. والتقى الملك سلمان في قصره.')).toEqual(['barack-obama>SAU:done:2024-06-19']);
  });
});

describe('references: a bare title that names someone other than the leader last named', () => {
  it('a deputy of a title (نائب مستشار الأمن) listed among the attendees is no leader', () => {
    expect(trips('ونقل الضيف تحيات الملك سلمان. وحضر اللقاء نائب مستشار الأمن الوطني في الإمارات، ووزير الخارجية عبد الله بن زايد.')).toEqual([]);
  });
  it('a one-word title without its article heads a construct (مستشار الأمن، رئيس حزب)', () => {
    expect(trips('ونقل الضيف تحيات الملك سلمان. وحضر اللقاء مستشار الأمن الوطني في الإمارات، ووزير الخارجية عبد الله بن زايد.')).toEqual([]);
  });
  it('a former holder (الرئيس السابق للائتلاف) is no leader', () => {
    expect(trips('وانتقد الملك سلمان الهجوم. وحضر اللقاء الرئيس السابق للائتلاف في الإمارات، ووزير الخارجية عبد الله بن زايد.')).toEqual([]);
  });
  it('trap: the bare title with its article still stands for the leader last named', () => {
    expect(trips('وأشاد الملك سلمان بالاتفاق. واجتمع الملك أمس مع وزير الخارجية عبد الله بن زايد في أبوظبي.')).toEqual(['salman-of-saudi-arabia>ARE:done:2024-06-19']);
  });
});
