import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../src/relate/dateline.ts';
import { visitsLexicon } from '../../src/relate/lexicon.ts';
import { docOf, factsOf } from './helpers.ts';

const visits = (text: string, published = '2024-06-20') =>
  factsOf(text, published).filter((f) => f.type === 'visit').map((f) => f.type === 'visit' ? `${f.visitor.id}>${f.to}@${f.date}` : '');

describe('the dateline', () => {
  it('reads the forms Arabic agencies file under', () => {
    for (const t of ['الرياض - واس: وقعت الحكومة مذكرة تفاهم.', 'الرياض (رويترز) - وقعت الحكومة مذكرة تفاهم.', 'الرياض 18 يونيو 2024 (واس) - وقعت الحكومة مذكرة تفاهم.',
      'الرياض في 18 يونيو / واس / وقعت الحكومة مذكرة تفاهم.', 'الرياض – الشرق الأوسط\nوقعت الحكومة مذكرة تفاهم.',
      'واس- الرياض: وقعت الحكومة مذكرة تفاهم.', 'سالم العمري- سبق- الرياض: وقعت الحكومة مذكرة تفاهم.'])
      expect(datelineOf(docOf(t))?.state, t).toBe('SAU');
    expect(datelineOf(docOf('الرياض في 18 يونيو / واس / وقعت الحكومة مذكرة تفاهم.'))?.date).toBe('2024-06-18');
  });

  it('is no dateline when the capital opens a sentence as its subject', () => {
    expect(datelineOf(docOf('الرياض تستضيف القمة المقبلة للدول العربية.'))).toBeNull();
    // (That one sets its act in a place: the opening place, read from its start, not a dateline.)
    expect(datelineOf(docOf('وقعت الحكومة في الرياض مذكرة تفاهم.'))?.end).toBe(0);
    expect(datelineOf(docOf('وقعت الحكومة في الرياض مذكرة تفاهم ثم وقعت أخرى في هانوي.'))).toBeNull();
    expect(datelineOf(docOf('واس- الرياض تستضيف القمة المقبلة للدول العربية.'))).toBeNull();
    expect(datelineOf(docOf('سالم العمري – متابعات: وقعت الحكومة مذكرة تفاهم.'))).toBeNull();
  });

  it('takes a reporter\'s name of at most max_byline words before the agency', () => {
    const names = ['سالم', 'علي', 'حسن', 'أحمد', 'محمود', 'العمري'];
    const byline = (n: number) => `${names.slice(0, n).join(' ')}- سبق- الرياض: وقعت الحكومة مذكرة تفاهم.`;
    const { max_byline: max } = visitsLexicon.dateline;
    expect(datelineOf(docOf(byline(max)))?.state).toBe('SAU');
    // A longer run of words before the first mark is the sentence itself, not a byline.
    expect(datelineOf(docOf(byline(max + 1)))).toBeNull();
  });
});

describe('visits placed by the dateline', () => {
  it('a foreign leader attending there', () => {
    expect(visits('الرياض - واس: حضرها من الجانب الروسي الرئيس الروسي فلاديمير بوتين.')).toEqual(['vladimir-putin>SAU@2024-06-20']);
  });

  it('a foreign leader received by the host king', () => {
    expect(visits('الرياض - واس: استقبل الملك سلمان أوباما وبحثا العلاقات.')).toEqual(['barack-obama>SAU@2024-06-20']);
  });

  it('the filing day dates an undated act past the lead', () => {
    const text = 'الرياض في 18 يونيو / واس / وقعت الحكومة مذكرة تفاهم للطاقة. وتشمل المذكرة التعاون في البحث. وتمتد المذكرة خمس سنوات. حضرها من الجانب الأمريكي أوباما.';
    expect(visits(text)).toEqual(['barack-obama>SAU@2024-06-18']);
  });

  it('the opening place when there is no dateline', () => {
    expect(visits('عقد الملك سلمان في قصره بالرياض جلسة مباحثات مع الرئيس الأمريكي. وحضرها من الجانب الأمريكي أوباما.')).toEqual(['barack-obama>SAU@2024-06-20']);
  });

  it('not past a sentence that puts the story elsewhere', () => {
    expect(visits('الرياض - واس: وقعت الحكومة مذكرة تفاهم. وكان الاجتماع قد عقد في هانوي. وحضره أوباما.')).toEqual([]);
  });

  it('not the host\'s own leader, a resident ambassador, one on video, or a column with no dateline', () => {
    expect(visits('الرياض - واس: حضر الملك سلمان الحفل.')).toEqual([]);
    expect(visits('الرياض - واس: حضر السفير فرانسوا جوييت الحفل.')).toEqual([]);
    expect(visits('الرياض - واس: شارك أوباما عبر الفيديو في الحفل.')).toEqual([]);
    expect(visits('شارك أوباما في حفلات كثيرة من هذا النوع، وهو أمر لافت.')).toEqual([]);
  });
});
